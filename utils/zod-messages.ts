/**
 * `zod/mini` ships without messages ("Invalid input"); boundaries must answer with precise errors,
 * so every module that parses with zod/mini imports this once. The English locale is ~3 kB.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
