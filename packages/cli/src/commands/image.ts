import type { Command } from 'commander';
import { buildRequest } from '../request/build-request.ts';
import { addImageFlags, type RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { submitFlow } from './submit-flow.ts';

/** `grok-imagine image <prompt>`: text-to-image. */
export function registerImageCommand(program: Command, context: CommandContext): void {
  addImageFlags(
    program.command('image').description('generate images from a prompt').argument('<prompt>'),
  ).action(
    sessionAction<RequestFlags>(context, (session, [prompt], flags) =>
      submitFlow(session, buildRequest('text-to-image', prompt!, flags, session.io.cwd)),
    ),
  );
}
