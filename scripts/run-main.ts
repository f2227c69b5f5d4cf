/**
 * How every command-line script ends: run `main` with the arguments, exit with the code it returns, and on
 * a thrown error print its message (after `prefix`) and exit with `failureCode`.
 */
export function runMain(main: (args: string[]) => Promise<number>, failureCode = 1, prefix = ''): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${prefix}${(error as Error).message}`);
      process.exit(failureCode);
    },
  );
}
