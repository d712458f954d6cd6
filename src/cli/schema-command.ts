import { Argument, Command } from 'commander';
import { SCHEMA_NAMES, jsonSchemaText, type SchemaName } from './json-schemas.js';

/**
 * `schema <name>`: prints a JSON Schema, byte for byte the file shipped in `schemas/`.
 *
 * @example
 * program.addCommand(schemaCommand());
 */
export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of a case, verdict, rule file, fixture or pack manifest')
    .addArgument(new Argument('<name>', 'which schema').choices(SCHEMA_NAMES))
    .addHelpText(
      'after',
      '\nThe same schemas ship in the package as schemas/<name>.schema.json; point "$schema" at them for editor completion.\n\nExit codes: 0 printed; 2 unknown schema name.\n\nExample:\n  aftersale-rules schema case > case.schema.json',
    )
    .action((name: SchemaName) => {
      process.stdout.write(jsonSchemaText(name));
    });
}
