import { GoldImoMarkView } from './gold-imo-mark.view';

/** A customer's 金牌 IMO mark after it was set or taken off. */
export class GoldImoResultView {
  id: number;
  goldImo: GoldImoMarkView | null;
  version: number;
}
