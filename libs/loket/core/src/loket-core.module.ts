import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { globalCoreModule } from '@verbinder/shared/kernel';
import { LoketAccessService } from './loket-access.service';
import { LoketCannedRepliesService } from './loket-canned-replies.service';
import { LoketCompanyService } from './loket-company.service';
import { LoketInboxService } from './loket-inbox.service';
import { LoketIntakeService } from './loket-intake.service';
import { LoketLedgerService } from './loket-ledger.service';
import { LoketPorts } from './loket-ports';
import { LoketPrivacyService } from './loket-privacy.service';
import { LoketReportsService } from './loket-reports.service';
import { LoketRoutingService } from './loket-routing.service';
import { LoketSlaService } from './loket-sla.service';

const LOKET_SERVICES = [
  LoketAccessService,
  LoketIntakeService,
  LoketCompanyService,
  LoketInboxService,
  LoketRoutingService,
  LoketSlaService,
  LoketPrivacyService,
  LoketLedgerService,
  LoketCannedRepliesService,
  LoketReportsService,
];

@Module({})
export class LoketCoreModule {
  /** `imports` must provide LOKET_REPOSITORY; OUTBOX, CLOCK, APP_CONFIG and the other kernel ports come from global modules. */
  static register(options: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return globalCoreModule(LoketCoreModule, options, [LoketPorts, ...LOKET_SERVICES], [...LOKET_SERVICES]);
  }
}
