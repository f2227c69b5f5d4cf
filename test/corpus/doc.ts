/** A labelled document under construction: literal text and labelled values, spans recorded as they are appended. */
import { HIGH_RISK_TYPES, type PiiType } from '../../utils/classifier/types';

export interface Span {
  start: number;
  end: number;
  type: PiiType;
}

export interface LabelledDoc {
  id: string;
  text: string;
  kind: string;
  spans: Span[];
  shouldBlock: boolean;
}

export class Doc {
  text = '';
  spans: Span[] = [];

  t(literal: string): this {
    this.text += literal;
    return this;
  }

  v(type: PiiType, value: string): this {
    this.spans.push({ start: this.text.length, end: this.text.length + value.length, type });
    this.text += value;
    return this;
  }

  append(other: Doc): this {
    const offset = this.text.length;
    for (const s of other.spans) this.spans.push({ start: s.start + offset, end: s.end + offset, type: s.type });
    this.text += other.text;
    return this;
  }

  finish(id: string, kind: string): LabelledDoc {
    return { id, text: this.text, kind, spans: this.spans, shouldBlock: this.spans.some((s) => HIGH_RISK_TYPES.has(s.type)) };
  }
}
