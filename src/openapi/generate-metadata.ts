import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';

/**
 * The files whose classes the plugin describes: request DTOs, entities, and the views the
 * API answers with (`*.view.ts`; `-view.ts`/`-views.ts` are the older names). Keep in step
 * with nest-cli.json.
 */
const DTO_FILE_SUFFIXES = ['.dto.ts', '.entity.ts', '.view.ts', '-view.ts', '-views.ts'];

/**
 * `npm run openapi:metadata`: writes src/metadata.ts, the DTO and route shapes the
 * Swagger CLI plugin reads from the TypeScript types. The server loads that file, so the
 * OpenAPI document is the same whether the code was built by tsc (npm start) or SWC (tests).
 * CI fails when the committed file is out of date.
 */
export function generateOpenApiMetadata(outputDir: string, filename = 'metadata.ts'): void {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        classValidatorShim: true,
        dtoFileNameSuffix: DTO_FILE_SUFFIXES,
        pathToSource: `${process.cwd()}/src`,
      }),
    ],
    outputDir,
    filename,
    watch: false,
    tsconfigPath: 'tsconfig.build.json',
    printDiagnostics: false,
  });
}

if (require.main === module) {
  generateOpenApiMetadata(`${process.cwd()}/src`);
}
