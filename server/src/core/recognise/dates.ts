// Placeholder: the recogniser lands in its own change.
import type { RecogniseContext, RecogniserResult } from './context';

export function recogniseDates(ctx: RecogniseContext): RecogniserResult {
  void ctx;
  return { entities: [], problems: [] };
}
