// In-process event bus: the scheduler publishes task events, WatchEvents streams relay them.
import type { Event } from "./messages.ts";

/** Event types (DESIGN §5). */
export type EventType = "progress" | "completed" | "error" | "cancelled" | "heartbeat";

/** `sacv.orchestrator.v1.Event` with its type narrowed; phase data travels as JSON text in `data_json`. */
export interface TaskEvent extends Event {
  type: EventType;
}

/** Which events a subscriber receives. */
export interface EventFilter {
  /** Only this project's events ("" or undefined = every project). */
  projectId?: string;
}

type Listener = (event: TaskEvent) => void;

/**
 * Fan-out of task events to subscribers. Publishing never throws: a listener
 * that fails is dropped so one broken stream cannot stall a task.
 */
export class EventBus {
  #listeners = new Map<Listener, EventFilter>();

  /** Delivers `event` to every matching subscriber. */
  publish(event: TaskEvent): void {
    for (const [listener, filter] of this.#listeners) {
      if (filter.projectId && filter.projectId !== event.project_id) continue;
      try {
        listener(event);
      } catch {
        this.#listeners.delete(listener);
      }
    }
  }

  /** Subscribes; returns the function that unsubscribes. */
  subscribe(filter: EventFilter, listener: Listener): () => void {
    this.#listeners.set(listener, filter);
    return () => this.#listeners.delete(listener);
  }

  /** Number of live subscribers (for tests and readiness detail). */
  get size(): number {
    return this.#listeners.size;
  }
}

/** A heartbeat event (keeps idle streams and proxies alive). */
export function heartbeatEvent(): TaskEvent {
  return {
    type: "heartbeat",
    scope: "",
    project_id: "",
    task_id: "",
    phase: "heartbeat",
    status: "",
    progress: 0,
    message: "",
    timestamp: new Date().toISOString(),
    data_json: "",
  };
}
