import type { Command } from 'commander';
import { runDemo } from '../demo/run-demo.ts';
import { parsePositive } from '../request/parse-values.ts';
import { type CommandContext, sessionAction } from './command-context.ts';
import { parseProviderList } from './compare.ts';

interface DemoFlags {
  real?: boolean;
  providers?: string;
  speed?: string;
}

/** Emulator speed of the demo: jobs run 6× faster than the emulator's default (a video in about 0.5 s). */
export const DEMO_SPEED = 6;

/** `grok-imagine demo [--real] [--providers a,b] [--speed n]`. */
export function registerDemoCommand(program: Command, context: CommandContext): void {
  program
    .command('demo')
    .description(
      'one image and one 6 s video on every provider (embedded emulator), then a price/cost/time table',
    )
    .option('--real', 'use the real providers with the keys in the environment (costs money)')
    .option('--providers <list>', 'comma-separated providers (default: xai,pixazo,vydra)')
    .option('--speed <factor>', `emulator speed factor (default ${DEMO_SPEED})`)
    .action(
      sessionAction<DemoFlags>(context, (session, _args, flags) =>
        runDemo(session, {
          real: Boolean(flags.real),
          providers: parseProviderList(flags.providers),
          speed: flags.speed === undefined ? DEMO_SPEED : parsePositive('speed', flags.speed),
        }),
      ),
    );
}
