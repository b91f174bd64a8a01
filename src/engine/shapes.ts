/**
 * Keeps one instance of each of the engine's classes alive for the engine's life.
 *
 * V8 (Chrome and Edge's WebView2, where the task pane runs, and Node) compiles a hot function
 * against the hidden classes ("maps") of the objects it has seen, and holds those maps weakly.
 * An instance's map is reached from its class by a transition per field, and transitions are
 * weak too: when a full collection finds no live object of a map, the map dies and every
 * optimized function that embedded it is thrown away (`--trace-deopt` says "weak objects").
 * The engine's classes (a table reader, its rows, the amount step, the key book, …) have
 * instances only while a workbook is calculated, so every full collection between two runs (V8
 * makes one when the task pane sits idle, and every few runs of the benchmark) used to cost the
 * next run about fifty functions, TableReader's and AmountStep's methods and decimal.js's
 * arithmetic among them, run unoptimized until recompiled.
 *
 * One instance of each class, made here with representative values, keeps those maps alive. It
 * costs a few hundred bytes and changes no result (test/engine/shapes.test.ts).
 *
 * Closures have the same weakness the other way round: V8 keeps a closure's optimized code only
 * while some closure of that function is alive, so a callback made per run (a `map` or `forEach`
 * callback, a function returned by a maker) is compiled again after every full collection. The
 * engine's hot paths therefore use methods, top-level functions (with Map#forEach's thisArg where
 * a callback needs state) or plain loops, and plain objects made by one literal (a spread or a
 * property added later reaches its hidden class by a weak transition too).
 */
const kept: unknown[] = [];

/** Keeps `instance` (and so its hidden class) alive for the life of the engine; returns it. */
export function keepShape<T>(instance: T): T {
  kept.push(instance);
  return instance;
}
