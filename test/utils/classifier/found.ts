/** What the classifier finds in `text`, as [type, value as written] pairs: the form most classifier tests assert on. */
import { classify, type ClassifyOptions, type PiiType } from '../../../utils/classifier/index';

export function found(text: string, options?: ClassifyOptions): [PiiType, string][] {
  return classify(text, options).map((f) => [f.type, text.slice(f.start, f.end)]);
}
