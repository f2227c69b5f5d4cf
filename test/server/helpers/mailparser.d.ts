/** The part of mailparser 3.7 the tests use (the package ships no types). */
declare module 'mailparser' {
  export interface AddressObject {
    text: string;
    value: Array<{ address?: string; name: string }>;
  }
  export interface ParsedMail {
    subject?: string;
    text?: string;
    html: string | false;
    to?: AddressObject | AddressObject[];
    from?: AddressObject;
  }
  export function simpleParser(source: Buffer | string | NodeJS.ReadableStream): Promise<ParsedMail>;
}
