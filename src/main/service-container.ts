/** What every main-process service offers the container: its work once its dependencies are up, and before they go. */
export interface Lifecycle {
  /** Called once, after every service registered before it has started. */
  start(): Promise<void>;
  /** Called once on shutdown, before the services it depends on stop; also after a start that failed half-way. */
  stop(): Promise<void>;
}

export interface StopFailure {
  service: string;
  error: Error;
}

export interface ServiceContainerOptions {
  /** A stop that has not finished after this long is given up on, so the others still stop. */
  stopTimeoutMs?: number;
  /** Where failures to stop are told; stderr by default. */
  log?: (line: string) => void;
}

/**
 * The main process's services, in one place (after Zettlr's boot()/shutdown() and VS Code's one place
 * that wires everything). Services are added in dependency order, each with its dependencies already
 * in its constructor; start() starts them in that order and stop() stops them in reverse, each on its
 * own, so one that fails or hangs never keeps the others running.
 */
export class ServiceContainer {
  readonly #entries: { name: string; service: Lifecycle }[] = [];
  /** How many of the entries start() has reached (started, or failed to start). */
  #reached = 0;
  #stopping: Promise<StopFailure[]> | null = null;
  readonly #stopTimeoutMs: number;
  readonly #log: (line: string) => void;

  constructor(options: ServiceContainerOptions = {}) {
    this.#stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
    this.#log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** Registers a service after those it depends on and returns it: `const x = services.add('x', new X(deps))`. */
  add<T extends Lifecycle>(name: string, service: T): T {
    if (this.#stopping) throw new Error(`The services are stopping; "${name}" cannot be added.`);
    if (this.#entries.some((e) => e.name === name)) throw new Error(`A service named "${name}" is already registered.`);
    this.#entries.push({ name, service });
    return service;
  }

  /** The registered names, in start order. */
  get names(): string[] {
    return this.#entries.map((e) => e.name);
  }

  /**
   * Starts, in order, every service not started yet. When one fails, it and those before it are
   * stopped (in reverse) and the error is thrown with the service's name.
   */
  async start(): Promise<void> {
    if (this.#stopping) throw new Error('The services were stopped; they cannot start again.');
    while (this.#reached < this.#entries.length) {
      const { name, service } = this.#entries[this.#reached++];
      try {
        await service.start();
      } catch (e) {
        await this.stop();
        throw new Error(`Copydesk's ${name} could not start: ${(e as Error)?.message ?? e}`, { cause: e });
      }
    }
  }

  /**
   * Stops every service start() reached, last first, each on its own. Resolves, never rejects, with
   * what failed (also logged); calling it again answers the same.
   */
  stop(): Promise<StopFailure[]> {
    this.#stopping ??= this.#stopAll();
    return this.#stopping;
  }

  async #stopAll(): Promise<StopFailure[]> {
    const failures: StopFailure[] = [];
    for (const { name, service } of this.#entries.slice(0, this.#reached).reverse()) {
      try {
        await this.#withTimeout(name, service.stop());
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        failures.push({ service: name, error });
        this.#log(`Copydesk: ${name} did not stop cleanly: ${error.message}`);
      }
    }
    return failures;
  }

  #withTimeout(name: string, stopping: Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name} was still stopping after ${this.#stopTimeoutMs} ms`)), this.#stopTimeoutMs);
      timer.unref?.();
    });
    return Promise.race([stopping, timeout]).finally(() => clearTimeout(timer));
  }
}
