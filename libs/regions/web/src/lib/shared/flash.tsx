import { useLocation } from 'react-router-dom';
import { Notice } from '@verbinder/web/ui';

export interface FlashState {
  flash?: string;
  flashTone?: 'success' | 'warning';
}

/** Navigation state that shows a short confirmation on the next page. */
export function flash(message: string, tone: 'success' | 'warning' = 'success'): { state: FlashState } {
  return { state: { flash: message, flashTone: tone } };
}

export function FlashNotice() {
  const location = useLocation();
  const state = location.state as FlashState | null;
  return state?.flash ? <Notice tone={state.flashTone ?? 'success'}>{state.flash}</Notice> : null;
}
