import type { Command } from 'commander';
import { buildRequest, videoRequestType } from '../request/build-request.ts';
import { addVideoFlags, collect, type RequestFlags } from '../request/request-flags.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { submitFlow } from './submit-flow.ts';

/** `grok-imagine video <prompt>`: text-to-video, or image-/reference-to-video with `--image` / `--reference`. */
export function registerVideoCommand(program: Command, context: CommandContext): void {
  addVideoFlags(
    program
      .command('video')
      .description('generate a video from a prompt (and an image, or reference images)')
      .argument('<prompt>')
      .option('--image <url|path>', 'animate this image (image-to-video)', collect)
      .option(
        '--reference <url|path>',
        'reference image, @Image1… in the prompt; repeat (reference-to-video)',
        collect,
      ),
  ).action(
    sessionAction<RequestFlags>(context, (session, [prompt], flags) =>
      submitFlow(session, buildRequest(videoRequestType(flags), prompt!, flags, session.io.cwd)),
    ),
  );
}
