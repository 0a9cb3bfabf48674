/** One prefixed logger per service; quiet unless STACK_VERBOSE is set (errors always print). */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  error(message: string): void;
}

const verbose = () => process.env.STACK_VERBOSE === '1' || process.env.STACK_VERBOSE === 'true';

export function createLogger(name: string): Logger {
  const prefix = `[${name}]`;
  return {
    info: (message) => console.log(`${prefix} ${message}`),
    debug: (message) => {
      if (verbose()) console.log(`${prefix} ${message.trimEnd()}`);
    },
    error: (message) => console.error(`${prefix} ${message.trimEnd()}`),
  };
}
