import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PersonModel } from '@verbinder/regions/graphql';
import { DateTimeScalar, EntityModel, gqlEnum } from '@verbinder/platform/graphql';
import { DiffKind } from '@verbinder/werkgroepen/core';

export const DiffKindGql = gqlEnum<DiffKind>('DiffKind', ['ADDED', 'REMOVED', 'SAME'], 'Toegevoegd, verwijderd of gelijk gebleven');

@ObjectType('DocumentVersion', { description: 'Eén versie van een document, met auteur en toelichting' })
export class DocumentVersionModel extends EntityModel {
  @Field(() => Int) version!: number;
  @Field({ description: 'De (veilige) bestandsnaam' }) fileName!: string;
  @Field({ description: 'Het type, bepaald uit de inhoud' }) contentType!: string;
  @Field(() => Float, { description: 'Grootte in bytes' }) size!: number;
  @Field() sha256!: string;
  @Field(() => PersonModel, { nullable: true }) author?: PersonModel | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field({ description: 'Downloadadres (alleen voor wie de werkgroep mag lezen)' }) downloadUrl!: string;
}

@ObjectType('WerkgroepDocument')
export class WerkgroepDocumentModel extends EntityModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID, { nullable: true }) folderId!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) currentVersion!: number;
  @Field(() => DocumentVersionModel) latest?: DocumentVersionModel;
  @Field(() => [DocumentVersionModel], { description: 'Alle versies, nieuwste eerst' }) versions?: DocumentVersionModel[];
  @Field(() => PersonModel, { nullable: true }) createdBy?: PersonModel | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType('DocumentFolder')
export class DocumentFolderModel extends EntityModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() name!: string;
}

@ObjectType('DocumentSearchHit')
export class DocumentSearchHitModel {
  @Field(() => WerkgroepDocumentModel) document!: WerkgroepDocumentModel;
  @Field({ description: 'Een stukje tekst rond de treffer (platte tekst)' }) snippet!: string;
}

@ObjectType('DraaiboekVersion')
export class DraaiboekVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => PersonModel, { nullable: true }) author?: PersonModel | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType('Draaiboek', { description: 'Het levende draaiboek van een werkgroep (Markdown); versie 0 is nog leeg' })
export class DraaiboekModel {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => Int) version!: number;
  @Field() body!: string;
  @Field(() => PersonModel, { nullable: true }) author?: PersonModel | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: Date | null;
  @Field(() => [DraaiboekVersionModel], { description: 'Alle versies, nieuwste eerst' }) versions?: DraaiboekVersionModel[];
}

@ObjectType('DraaiboekDiffLine')
export class DraaiboekDiffLineModel {
  @Field(() => DiffKindGql) kind!: DiffKind;
  @Field() text!: string;
}

@InputType()
export class DocumentFolderInput {
  @Field(() => ID) werkgroepId!: string;
  @Field(() => ID, { nullable: true, description: 'Leeg: in de hoofdmap' }) parentId?: string | null;
  @Field() name!: string;
}

@InputType()
export class DocumentUpdateInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class SaveDraaiboekInput {
  @Field(() => ID) werkgroepId!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { description: 'De versie waarop de wijziging is gebaseerd (0 voor het eerste draaiboek)' }) baseVersion!: number;
}
