import type { Command } from 'commander';
import { buildRequest } from '../request/build-request.ts';
import { addImageFlags, collect, type RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { submitFlow } from './submit-flow.ts';

/** `grok-imagine edit <prompt> --image <url|path>…`: image-edit. */
export function registerEditCommand(program: Command, context: CommandContext): void {
  addImageFlags(
    program
      .command('edit')
      .description('edit one or more images with a prompt')
      .argument('<prompt>')
      .requiredOption(
        '--image <url|path>',
        'source image (URL, data: URI or file); repeat for several',
        collect,
      ),
  ).action(
    sessionAction<RequestFlags>(context, (session, [prompt], flags) =>
      submitFlow(session, buildRequest('image-edit', prompt!, flags, session.io.cwd)),
    ),
  );
}
