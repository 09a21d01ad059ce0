/** The interaction type a plan or record is of. */
export class InteractionTypeRef {
  id: number;
  code: string;
  name: string;
}
