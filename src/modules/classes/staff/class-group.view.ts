import { ClassCoachView } from '../class-coach.view';

/** A group of a class and the assistant leading it. */
export class ClassGroupView {
  id: number;
  name: string;
  assistant: ClassCoachView | null;
}
