/** Console output of the CLI: results to stdout, problems to stderr in both languages. */
export const say = (line: string) => process.stdout.write(`${line}\n`);
export const complain = (line: string) => process.stderr.write(`${line}\n`);
