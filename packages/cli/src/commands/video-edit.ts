import type { Command } from 'commander';
import { buildRequest } from '../request/build-request.ts';
import type { RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { submitFlow } from './submit-flow.ts';

/** `grok-imagine video-edit <prompt> --video <url|path>` and `video-extend <prompt> --video <url|path>`. */
export function registerVideoEditCommands(program: Command, context: CommandContext): void {
  program
    .command('video-edit')
    .description('edit a video (at most 8.7 s long) with a prompt')
    .argument('<prompt>')
    .requiredOption('--video <url|path>', 'source video (URL or file)')
    .option('--resolution <res>', 'auto, 480p or 720p (default auto: keep the source)')
    .action(
      sessionAction<RequestFlags>(context, (session, [prompt], flags) =>
        submitFlow(session, buildRequest('video-edit', prompt!, flags, session.io.cwd)),
      ),
    );
  program
    .command('video-extend')
    .description('continue a video with a prompt')
    .argument('<prompt>')
    .requiredOption('--video <url|path>', 'source video (URL or file)')
    .option('--duration <seconds>', 'seconds to add (default 6)')
    .action(
      sessionAction<RequestFlags>(context, (session, [prompt], flags) =>
        submitFlow(session, buildRequest('video-extend', prompt!, flags, session.io.cwd)),
      ),
    );
}
