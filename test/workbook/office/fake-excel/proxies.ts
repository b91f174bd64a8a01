/**
 * Proxy objects as office-js has them: methods and property sets only queue operations, which
 * run in order at `context.sync()`; a property can be read only after it was loaded and the
 * load synced (PropertyNotLoaded otherwise); `*OrNullObject` results tell `isNullObject` after
 * the sync. Every operation is checked against the requirement set that introduced it.
 */
import { fail, MESSAGES } from './errors';
import type { CellStyle, ChartModel, PageLayoutModel, PivotModel, SheetModel, TableModel, WorkbookModel } from './model';
import { cellCount, checkNumberFormat, formatAddress, lower, parseRect, RANGE_GET_CELLS_MAX, type Rect, splitAddress } from './rules';

/** What an operation sees while its request runs. */
export interface Execution {
  /** Applied only when the whole request succeeded (loaded values, null-object flags). */
  after: (() => void)[];
  /** What the response carries back (loaded values), for its size. */
  response: unknown[];
  calculationSuspended: boolean;
}

export interface Operation {
  wire: unknown;
  exec(run: Execution): void;
}

/** The parts of the fake a proxy needs. */
export interface ContextLike {
  readonly model: WorkbookModel;
  /** Queues op; handlingMs is the fake's own time spent making it (stats.handlingMs). */
  enqueue(op: Operation, handlingMs: number): void;
  requireApi(version: string, what: string): void;
  /** Notes the cells of a range read or written, for the request's largestRangeCells. */
  noteRange(cells: number): void;
  touched: Set<AnyProxy>;
}

let proxyIds = 1;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- proxies of any target, as office-js's ClientObject
export type AnyProxy = Base<any>;

const propertyNotLoaded = (entity: string, property: string) => fail('PropertyNotLoaded', MESSAGES.propertyNotLoaded(property), `${entity}.${property}`);

type Scalar<T> = { get: (target: T) => unknown; api?: string };

export abstract class Base<T> {
  readonly _id = proxyIds++;
  _resolved = false;
  _target: T | null = null;
  _isNull: boolean | undefined;
  readonly _loaded = new Map<string, unknown>();
  protected abstract readonly entity: string;
  protected readonly scalars: Record<string, Scalar<T>> = {};
  protected readonly navigations: Record<string, () => AnyProxy> = {};

  constructor(
    readonly context: ContextLike,
    private readonly resolver: () => T | null,
    readonly _path: string,
  ) {}

  /** Binds the proxy to its object the first time an operation uses it (in queue order). */
  _resolve(): T | null {
    if (!this._resolved) {
      this._target = this.resolver();
      this._resolved = true;
      this.context.touched.add(this);
    }
    if (this._target !== null) this.checkAlive(this._target);
    return this._target;
  }

  /** For operations that change something: a null object cannot be changed. */
  _live(): T {
    const target = this._resolve();
    if (target === null) return fail('InvalidOperation', `The ${this.entity} is a null object.`, this.entity);
    return target;
  }

  _bind(target: T): void {
    this._target = target;
    this._resolved = true;
    this.context.touched.add(this);
  }

  protected checkAlive(target: T): void {
    void target;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) propertyNotLoaded(this.entity, 'isNullObject');
    return this._isNull!;
  }

  protected get<V>(property: string): V {
    if (this._loaded.has(property)) return this._loaded.get(property) as V;
    if (this._isNull === true) return undefined as V;
    return propertyNotLoaded(this.entity, property);
  }

  protected set(property: string, value: unknown, api: string, apply: (target: T) => void): void {
    this._loaded.set(property, value);
    this.queue({ set: property, value }, () => {
      this.context.requireApi(api, `${this.entity}.${property}`);
      apply(this._live());
    });
  }

  protected call(method: string, args: unknown[], api: string, apply: (target: T) => void): void {
    this.queue({ call: method, args }, () => {
      this.context.requireApi(api, `${this.entity}.${method}`);
      apply(this._live());
    });
  }

  protected queue(what: object, exec: (run: Execution) => void): void {
    const start = performance.now();
    const wire = { object: this._path, ...wireArgs(what) };
    this.context.enqueue({ wire, exec }, performance.now() - start);
  }

  load(spec?: string | string[]): this {
    const paths = parseLoad(spec);
    this.queue({ load: paths.map((p) => p.join('/')) }, (run) => this.execLoad(paths, run));
    return this;
  }

  execLoad(paths: string[][], run: Execution): void {
    const target = this._resolve();
    if (target === null) {
      run.response.push(null);
      return;
    }
    const values: Record<string, unknown> = {};
    const navigations = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (head === undefined) continue;
      const scalar = this.scalars[head];
      if (rest.length === 0 && scalar) {
        if (scalar.api) this.context.requireApi(scalar.api, `${this.entity}.${head}`);
        values[head] = structuredClone(scalar.get(target));
      } else if (this.navigations[head] && rest.length > 0) {
        navigations.set(head, [...(navigations.get(head) ?? []), rest]);
      } else {
        fail('InvalidArgument', `Cannot load "${[head, ...rest].join('/')}" on ${this.entity}.`);
      }
    }
    run.response.push(values);
    run.after.push(() => {
      for (const [k, v] of Object.entries(values)) this._loaded.set(k, v);
    });
    for (const [head, rest] of navigations) this.navigations[head]!().execLoad(rest, run);
  }

  private readonly children = new Map<string, AnyProxy>();

  /** A child proxy, cached like office-js's navigation properties. */
  protected child<P extends AnyProxy>(key: string, make: () => P): P {
    let proxy = this.children.get(key) as P | undefined;
    if (!proxy) {
      proxy = make();
      this.children.set(key, proxy);
    }
    return proxy;
  }
}

function wireArgs(what: object): object {
  return JSON.parse(
    JSON.stringify(what, (_, v: unknown) => (v instanceof Base ? { ref: v._path } : v)),
  ) as object;
}

function parseLoad(spec?: string | string[]): string[][] {
  if (spec === undefined) return fail('InvalidArgument', 'The fake wants load() to name its properties.');
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '').map((p) => p.split('/').map((s) => s.trim()));
}

/** A collection: `items` after `load('items/…')`, or the item properties given directly. */
abstract class Collection<T, I, P extends Base<I>> extends Base<T> {
  private _items: P[] | undefined;
  protected abstract list(target: T): I[];
  protected abstract item(target: I): P;

  get items(): P[] {
    if (this._items === undefined) return propertyNotLoaded(this.entity, 'items');
    return this._items;
  }

  override execLoad(paths: string[][], run: Execution): void {
    const target = this._resolve();
    if (target === null) return;
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.list(target).map((t) => {
      const proxy = this.item(t);
      proxy._bind(t);
      proxy.execLoad(itemPaths, run);
      return proxy;
    });
    run.after.push(() => {
      this._items = items;
    });
  }
}

// ---- Workbook, Application ------------------------------------------------------------------

export class Workbook extends Base<WorkbookModel> {
  protected readonly entity = 'Workbook';
  protected override readonly scalars = { readOnly: { get: (m: WorkbookModel) => m.readOnly, api: '1.8' } };
  constructor(context: ContextLike) {
    super(context, () => context.model, 'workbook');
  }
  get readOnly(): boolean {
    return this.get('readOnly');
  }
  get worksheets(): WorksheetCollection {
    return this.child('worksheets', () => new WorksheetCollection(this.context));
  }
  get tables(): TableCollection {
    return this.child('tables', () => new TableCollection(this.context, null, 'workbook.tables'));
  }
  get names(): NamedItemCollection {
    return this.child('names', () => new NamedItemCollection(this.context, () => this.context.model.names, 'names'));
  }
  get protection(): WorkbookProtection {
    return this.child('protection', () => new WorkbookProtection(this.context));
  }
  get application(): Application {
    return this.child('application', () => new Application(this.context));
  }
}

export class Application extends Base<WorkbookModel> {
  protected readonly entity = 'Application';
  constructor(context: ContextLike) {
    super(context, () => context.model, 'application');
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue({ call: 'suspendApiCalculationUntilNextSync' }, (run) => {
      this.context.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
      run.calculationSuspended = true;
    });
  }
}

export class WorkbookProtection extends Base<WorkbookModel> {
  protected readonly entity = 'WorkbookProtection';
  protected override readonly scalars = { protected: { get: (m: WorkbookModel) => m.protected, api: '1.7' } };
  constructor(context: ContextLike) {
    super(context, () => context.model, 'workbook.protection');
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

// ---- Worksheets -----------------------------------------------------------------------------

export class WorksheetCollection extends Collection<WorkbookModel, SheetModel, Worksheet> {
  protected readonly entity = 'WorksheetCollection';
  constructor(context: ContextLike) {
    super(context, () => context.model, 'worksheets');
  }
  protected list(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }
  protected item(sheet: SheetModel): Worksheet {
    return new Worksheet(this.context, () => sheet, `worksheet(${sheet.id})`);
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.model.sheet(name), `worksheets.getItem(${JSON.stringify(name)})`);
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(
      this.context,
      () => {
        this.context.requireApi('1.4', 'WorksheetCollection.getItemOrNullObject');
        return this.context.model.findSheet(name) ?? null;
      },
      `worksheets.getItemOrNullObject(${JSON.stringify(name)})`,
    );
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.model.active ?? fail('ItemNotFound', MESSAGES.itemNotFound), 'worksheets.getActiveWorksheet()');
  }
  add(name: string): Worksheet {
    const sheet = new Worksheet(this.context, () => fail('InvalidOperation', 'Not yet added.'), `worksheets.add(${JSON.stringify(name)})`);
    this.queue({ call: 'add', args: [name] }, () => sheet._bind(this.context.model.addSheet(name)));
    return sheet;
  }
}

export class Worksheet extends Base<SheetModel> {
  protected readonly entity = 'Worksheet';
  protected override readonly scalars: Record<string, Scalar<SheetModel>> = {
    id: { get: (s) => s.id },
    name: { get: (s) => s.name },
    position: { get: (s) => this.context.model.sheets.indexOf(s) },
    visibility: { get: (s) => s.visibility },
  };
  protected override readonly navigations = {
    protection: () => this.protection,
    tables: () => this.tables,
    names: () => this.names,
  };
  protected override checkAlive(sheet: SheetModel): void {
    if (sheet.deleted) fail('ItemNotFound', MESSAGES.itemNotFound, 'Worksheet');
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.set('name', value, '1.1', (s) => this.context.model.renameSheet(s, value));
  }
  get position(): number {
    return this.get('position');
  }
  set position(value: number) {
    this.set('position', value, '1.1', (s) => this.context.model.moveSheet(s, value));
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    this.set('visibility', value, '1.2', (s) => this.context.model.setVisibility(s, value));
  }
  get protection(): WorksheetProtection {
    return this.child('protection', () => new WorksheetProtection(this.context, () => this._resolve(), `${this._path}.protection`));
  }
  get freezePanes(): FreezePanes {
    return this.child('freezePanes', () => new FreezePanes(this.context, () => this._resolve(), `${this._path}.freezePanes`));
  }
  get tables(): TableCollection {
    return this.child('tables', () => new TableCollection(this.context, this, `${this._path}.tables`));
  }
  /** Names scoped to this sheet (ExcelApi 1.4). */
  get names(): NamedItemCollection {
    return this.child('names', () => new NamedItemCollection(this.context, () => {
      this.context.requireApi('1.4', 'Worksheet.names');
      return this._live().names;
    }, `${this._path}.names`));
  }
  get charts(): ChartCollection {
    return this.child('charts', () => new ChartCollection(this.context, () => this._resolve(), `${this._path}.charts`));
  }
  get pivotTables(): PivotTableCollection {
    return this.child('pivotTables', () => new PivotTableCollection(this.context, () => this._resolve(), `${this._path}.pivotTables`));
  }
  get pageLayout(): PageLayout {
    return this.child('pageLayout', () => new PageLayout(this.context, () => this._resolve(), `${this._path}.pageLayout`));
  }
  set showGridlines(value: boolean) {
    this.set('showGridlines', value, '1.8', (s) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', `showGridlines ${String(value)}.`);
      s.showGridlines = value;
    });
  }
  get showGridlines(): boolean {
    return this.get('showGridlines');
  }
  getRange(address: string): Range {
    return new Range(this.context, () => this.nullable((sheet) => ({ sheet, rect: parseRect(address) })), `${this._path}.getRange(${address})`);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        this.context.requireApi('1.4', 'Worksheet.getUsedRangeOrNullObject');
        return this.nullable((sheet) => usedRect(sheet, valuesOnly));
      },
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
    );
  }
  activate(): void {
    this.call('activate', [], '1.1', (s) => this.context.model.activate(s));
  }
  delete(): void {
    this.call('delete', [], '1.1', (s) => this.context.model.deleteSheet(s));
  }
  /** A child of a null worksheet is a null object too. */
  private nullable<R>(make: (sheet: SheetModel) => R | null): R | null {
    const sheet = this._resolve();
    return sheet === null ? null : make(sheet);
  }
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): RangeTarget | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.content === null && (valuesOnly || cell.numberFormat === 'General')) continue;
    const [r, c] = key.split(':').map(Number) as [number, number];
    rect = rect
      ? { top: Math.min(rect.top, r), left: Math.min(rect.left, c), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  return rect ? { sheet, rect } : null;
}

export class WorksheetProtection extends Base<SheetModel> {
  protected readonly entity = 'WorksheetProtection';
  protected override readonly scalars = { protected: { get: (s: SheetModel) => s.protected, api: '1.2' } };
  get protected(): boolean {
    return this.get('protected');
  }
  /** As Excel: 1.2, a password 1.7; a sheet already protected cannot be protected again. */
  protect(options?: Record<string, boolean>, password?: string): void {
    this.call('protect', password === undefined ? [options ?? null] : [options ?? null, password], password === undefined ? '1.2' : '1.7', (s) => {
      if (s.protected) fail('InvalidOperation', 'The worksheet is already protected.');
      s.protected = true;
      s.protectionOptions = { ...(options ?? {}) };
      s.password = password ?? null;
    });
  }
  /** As Excel: a sheet protected with a password stays protected without it. */
  unprotect(password?: string): void {
    this.call('unprotect', password === undefined ? [] : [password], password === undefined ? '1.2' : '1.7', (s) => {
      if (s.password !== null && s.password !== password) fail('InvalidArgument', 'The password is incorrect.');
      s.protected = false;
      s.protectionOptions = null;
      s.password = null;
    });
  }
}

export class FreezePanes extends Base<SheetModel> {
  protected readonly entity = 'WorksheetFreezePanes';
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], '1.7', (s) => {
      s.checkEditable();
      s.frozenRows = count;
    });
  }
}

// ---- Ranges ---------------------------------------------------------------------------------

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function cellsOf(target: RangeTarget, read: (row: number, column: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = target.rect.top; r <= target.rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = target.rect.left; c <= target.rect.right; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

export class Range extends Base<RangeTarget> {
  protected readonly entity = 'Range';
  protected override readonly scalars: Record<string, Scalar<RangeTarget>> = {
    address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    rowCount: { get: (t) => t.rect.bottom - t.rect.top + 1 },
    columnCount: { get: (t) => t.rect.right - t.rect.left + 1 },
    values: { get: (t) => cellsOf(t, (r, c) => readValue(t.sheet, r, c)) },
    valueTypes: { get: (t) => cellsOf(t, (r, c) => readType(t.sheet, r, c)) },
    numberFormat: { get: (t) => cellsOf(t, (r, c) => t.sheet.cell(r, c)?.numberFormat ?? 'General') },
    formulas: { get: (t) => cellsOf(t, (r, c) => readFormula(t.sheet, r, c)) },
  };
  protected override checkAlive(target: RangeTarget): void {
    if (target.sheet.deleted) fail('ItemNotFound', MESSAGES.itemNotFound, 'Range');
  }
  override execLoad(paths: string[][], run: Execution): void {
    const target = this._resolve();
    if (target !== null && paths.some(([p]) => p !== undefined && CELL_ARRAYS.includes(p))) {
      const cells = cellCount(target.rect);
      this.context.noteRange(cells);
      if (cells > RANGE_GET_CELLS_MAX) fail('RangeExceedsLimit', `The cell count in the range has exceeded the maximum supported number (${cells} cells; ${RANGE_GET_CELLS_MAX} can be read).`, 'Range.load');
    }
    super.execLoad(paths, run);
  }
  /** Row `index` of the range (0 = its first), which may lie below it. */
  getRow(index: number): Range {
    return this.derived(`getRow(${index})`, (r) => ({ ...r, top: r.top + index, bottom: r.top + index }));
  }
  /** The cell at (row, column) from the range's top-left cell, which may lie outside it. */
  getCell(row: number, column: number): Range {
    return this.derived(`getCell(${row},${column})`, (r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }
  /** Range.getResizedRange (ExcelApi 1.2): the range with `rows` more rows and `columns` more columns (fewer when negative). */
  getResizedRange(rows: number, columns: number): Range {
    return this.derived(`getResizedRange(${rows},${columns})`, (r) => {
      this.context.requireApi('1.2', 'Range.getResizedRange');
      const rect = { ...r, bottom: r.bottom + rows, right: r.right + columns };
      if (rect.bottom < rect.top || rect.right < rect.left) fail('InvalidArgument', 'getResizedRange would make the range empty.');
      return rect;
    });
  }
  /** The smallest range holding this one and `other` (on the same sheet). */
  getBoundingRect(other: Range): Range {
    return new Range(this.context, () => {
      const a = this._resolve();
      const b = other._resolve();
      if (a === null || b === null) return null;
      if (a.sheet !== b.sheet) fail('InvalidArgument', 'The ranges are on different worksheets.');
      return { sheet: a.sheet, rect: { top: Math.min(a.rect.top, b.rect.top), left: Math.min(a.rect.left, b.rect.left), bottom: Math.max(a.rect.bottom, b.rect.bottom), right: Math.max(a.rect.right, b.rect.right) } };
    }, `${this._path}.getBoundingRect(${other._path})`);
  }
  private derived(method: string, rect: (r: Rect) => Rect): Range {
    return new Range(this.context, () => {
      const t = this._resolve();
      if (t === null) return null;
      const r = rect(t.rect);
      if (r.top < 1 || r.left < 1 || r.bottom > 1048576 || r.right > 16384) fail('InvalidArgument', `${method} is outside the sheet.`);
      return { sheet: t.sheet, rect: r };
    }, `${this._path}.${method}`);
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(values: unknown[][]) {
    this.set('values', values, '1.1', (t) => {
      this.context.noteRange(cellCount(t.rect));
      this.context.model.setValues(t.sheet, t.rect, values);
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.set('numberFormat', formats, '1.1', (t) => {
      this.context.noteRange(cellCount(t.rect));
      this.context.model.setNumberFormat(t.sheet, t.rect, formats);
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get format(): RangeFormat {
    return this.child('format', () => new RangeFormat(this.context, () => this._resolve(), `${this._path}.format`));
  }
  select(): void {
    this.call('select', [], '1.1', (t) => {
      this.context.model.activate(t.sheet);
      selections.set(this.context.model, formatAddress(t.sheet.name, t.rect));
    });
  }
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.call('clear', [applyTo], '1.1', (t) => this.context.model.clear(t.sheet, t.rect, applyTo));
  }
  merge(across = false): void {
    this.call('merge', [across], '1.2', (t) => this.context.model.merge(t.sheet, t.rect, across));
  }
}

/** The properties that carry a value per cell. */
const CELL_ARRAYS = ['values', 'valueTypes', 'numberFormat', 'formulas', 'text'];

/** The last selection per workbook, for tests of "Gå till cellen". */
export const selections = new WeakMap<WorkbookModel, string>();

function readValue(sheet: SheetModel, r: number, c: number): unknown {
  const content = sheet.cell(r, c)?.content ?? null;
  if (content === null) return '';
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
      return content.number;
    case 'boolean':
      return content.boolean;
    case 'error':
      return content.error;
    case 'formula':
      // The fake does not calculate: a formula's value is an error, so no test passes by accident.
      return '#VALUE!';
  }
}

function readType(sheet: SheetModel, r: number, c: number): string {
  const content = sheet.cell(r, c)?.content ?? null;
  if (content === null) return 'Empty';
  return { text: 'String', number: 'Double', boolean: 'Boolean', error: 'Error', formula: 'Error' }[content.kind];
}

function readFormula(sheet: SheetModel, r: number, c: number): unknown {
  const content = sheet.cell(r, c)?.content ?? null;
  return content?.kind === 'formula' ? content.formula : readValue(sheet, r, c);
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
/** Stricter than Excel, which also takes colour names: the adapter writes #RRGGBB. */
const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

function checkColor(value: unknown): string {
  if (typeof value !== 'string' || !HEX_COLOR.test(value)) return fail('InvalidArgument', `Colour ${String(value)}.`);
  return value;
}

export class RangeFormat extends Base<RangeTarget> {
  protected readonly entity = 'RangeFormat';
  get font(): RangeFont {
    return this.child('font', () => new RangeFont(this.context, () => this._resolve(), `${this._path}.font`));
  }
  get fill(): RangeFill {
    return this.child('fill', () => new RangeFill(this.context, () => this._resolve(), `${this._path}.fill`));
  }
  get borders(): RangeBorderCollection {
    return this.child('borders', () => new RangeBorderCollection(this.context, () => this._resolve(), `${this._path}.borders`));
  }
  set horizontalAlignment(value: string) {
    this.set('horizontalAlignment', value, '1.1', (t) => {
      if (!HORIZONTAL.includes(value)) fail('InvalidArgument', `Horizontal alignment ${value}.`);
      t.sheet.style(t.rect, (s) => (s.horizontal = value));
    });
  }
  set verticalAlignment(value: string) {
    this.set('verticalAlignment', value, '1.1', (t) => {
      if (!VERTICAL.includes(value)) fail('InvalidArgument', `Vertical alignment ${value}.`);
      t.sheet.style(t.rect, (s) => (s.vertical = value));
    });
  }
  set wrapText(value: boolean) {
    this.set('wrapText', value, '1.1', (t) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', `wrapText ${String(value)}.`);
      t.sheet.style(t.rect, (s) => (s.wrap = value));
    });
  }
  set indentLevel(value: number) {
    this.set('indentLevel', value, '1.9', (t) => {
      if (!Number.isInteger(value) || value < 0 || value > 250) fail('InvalidArgument', `Indent level ${value}.`);
      t.sheet.style(t.rect, (s) => (s.indent = value));
    });
  }
  set rowHeight(points: number) {
    this.set('rowHeight', points, '1.2', (t) => {
      t.sheet.checkEditable();
      if (typeof points !== 'number' || !(points >= 0) || points > 409) fail('InvalidArgument', `Row height ${points}.`);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  autofitColumns(): void {
    this.call('autofitColumns', [], '1.2', (t) => {
      t.sheet.checkEditable();
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        t.sheet.autofitColumns.add(c);
        t.sheet.columnWidths.delete(c);
      }
    });
  }
  set columnWidth(points: number) {
    this.set('columnWidth', points, '1.1', (t) => {
      t.sheet.checkEditable();
      if (typeof points !== 'number' || !(points >= 0)) fail('InvalidArgument', `Column width ${points}.`);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
}

export class RangeFont extends Base<RangeTarget> {
  protected readonly entity = 'RangeFont';
  set bold(value: boolean) {
    this.set('bold', value, '1.1', (t) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', `bold ${String(value)}.`);
      t.sheet.style(t.rect, (s) => (s.bold = value));
    });
  }
  set size(value: number) {
    this.set('size', value, '1.1', (t) => {
      if (typeof value !== 'number' || !(value >= 1 && value <= 409)) fail('InvalidArgument', `Font size ${value}.`);
      t.sheet.style(t.rect, (s) => (s.size = value));
    });
  }
}

export class RangeFill extends Base<RangeTarget> {
  protected readonly entity = 'RangeFill';
  set color(value: string) {
    this.set('color', value, '1.1', (t) => {
      const color = checkColor(value);
      t.sheet.style(t.rect, (s) => (s.fill = color));
    });
  }
}

export class RangeBorderCollection extends Base<RangeTarget> {
  protected readonly entity = 'RangeBorderCollection';
  getItem(index: string): RangeBorder {
    return this.child(`border:${index}`, () => new RangeBorder(this.context, () => {
      if (!BORDER_INDEX.includes(index)) fail('InvalidArgument', `Border index ${index}.`);
      return this._resolve();
    }, `${this._path}.getItem(${index})`, index));
  }
}

/** One edge's line: style and colour, applied to the range's cells on that edge. */
export class RangeBorder extends Base<RangeTarget> {
  protected readonly entity = 'RangeBorder';
  constructor(context: ContextLike, resolver: () => RangeTarget | null, path: string, private readonly index: string) {
    super(context, resolver, path);
  }
  set style(value: string) {
    this.set('style', value, '1.1', (t) => {
      if (!BORDER_STYLE.includes(value)) fail('InvalidArgument', `Border style ${value}.`);
      this.edge(t, (line) => (line.style = value));
    });
  }
  set color(value: string) {
    this.set('color', value, '1.1', (t) => {
      const color = checkColor(value);
      this.edge(t, (line) => (line.color = color));
    });
  }
  private edge(t: RangeTarget, change: (line: { style: string; color: string }) => void): void {
    const r = t.rect;
    const rect =
      this.index === 'EdgeTop' ? { ...r, bottom: r.top } :
      this.index === 'EdgeBottom' ? { ...r, top: r.bottom } :
      this.index === 'EdgeLeft' ? { ...r, right: r.left } :
      this.index === 'EdgeRight' ? { ...r, left: r.right } : r;
    t.sheet.style(rect, (s: CellStyle) => {
      s.borders ??= {};
      const line = (s.borders[this.index] ??= { style: 'None', color: '#000000' });
      change(line);
    });
  }
}

// ---- Page layout ----------------------------------------------------------------------------

const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid'];

export class PageLayout extends Base<SheetModel> {
  protected readonly entity = 'PageLayout';
  private layoutSet(property: string, value: unknown, apply: (layout: PageLayoutModel) => void): void {
    this.set(property, value, '1.9', (s) => {
      s.checkEditable();
      apply(s.pageLayout);
    });
  }
  set paperSize(value: string) {
    this.layoutSet('paperSize', value, (l) => {
      if (!PAPER.includes(value)) fail('InvalidArgument', `Paper size ${value}.`);
      l.paperSize = value;
    });
  }
  set orientation(value: string) {
    this.layoutSet('orientation', value, (l) => {
      if (value !== 'Portrait' && value !== 'Landscape') fail('InvalidArgument', `Orientation ${value}.`);
      l.orientation = value;
    });
  }
  /** Set as a whole object (office-js: `x.zoom = {...}`, not `x.zoom.scale = ...`). */
  set zoom(value: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.layoutSet('zoom', value, (l) => {
      const keys = Object.keys(value ?? {});
      const ok =
        typeof value === 'object' && value !== null && keys.length > 0 &&
        keys.every((k) => ['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) &&
        !(value.scale !== undefined && keys.length > 1) &&
        (value.scale === undefined || (value.scale >= 10 && value.scale <= 400)) &&
        [value.horizontalFitToPages, value.verticalFitToPages].every((n) => n === undefined || (Number.isInteger(n) && n >= 0));
      if (!ok) fail('InvalidArgument', `Zoom ${JSON.stringify(value)}.`);
      l.zoom = { ...value };
    });
  }
  set centerHorizontally(value: boolean) {
    this.layoutSet('centerHorizontally', value, (l) => {
      if (typeof value !== 'boolean') fail('InvalidArgument', `centerHorizontally ${String(value)}.`);
      l.centerHorizontally = value;
    });
  }
  set leftMargin(points: number) {
    this.margin('left', points);
  }
  set rightMargin(points: number) {
    this.margin('right', points);
  }
  set topMargin(points: number) {
    this.margin('top', points);
  }
  set bottomMargin(points: number) {
    this.margin('bottom', points);
  }
  set headerMargin(points: number) {
    this.margin('header', points);
  }
  set footerMargin(points: number) {
    this.margin('footer', points);
  }
  private margin(edge: string, points: number): void {
    this.layoutSet(`${edge}Margin`, points, (l) => {
      if (typeof points !== 'number' || !(points >= 0) || points > 1000) fail('InvalidArgument', `Margin ${points}.`);
      l.margins[edge] = points;
    });
  }
  get headersFooters(): HeaderFooterGroup {
    return this.child('headersFooters', () => new HeaderFooterGroup(this.context, () => this._resolve(), `${this._path}.headersFooters`));
  }
  setPrintArea(area: Range | string): void {
    this.call('setPrintArea', [area], '1.9', (s) => {
      s.checkEditable();
      if (typeof area === 'string') {
        const { sheet, rect } = splitAddress(area);
        if (sheet !== null && lower(sheet) !== lower(s.name)) fail('InvalidArgument', 'The print area is on another worksheet.');
        s.pageLayout.printArea = rect;
      } else {
        const target = area._live();
        if (target.sheet !== s) fail('InvalidArgument', 'The print area is on another worksheet.');
        s.pageLayout.printArea = target.rect;
      }
    });
  }
}

export class HeaderFooterGroup extends Base<SheetModel> {
  protected readonly entity = 'HeaderFooterGroup';
  get defaultForAllPages(): HeaderFooter {
    return this.child('default', () => new HeaderFooter(this.context, () => this._resolve(), `${this._path}.defaultForAllPages`));
  }
}

export class HeaderFooter extends Base<SheetModel> {
  protected readonly entity = 'HeaderFooter';
  set leftFooter(value: string) {
    this.part('leftFooter', value);
  }
  set centerFooter(value: string) {
    this.part('centerFooter', value);
  }
  set rightFooter(value: string) {
    this.part('rightFooter', value);
  }
  /** Excel keeps at most 255 characters in a header or footer section. */
  private part(name: string, value: string): void {
    this.set(name, value, '1.9', (s) => {
      s.checkEditable();
      if (typeof value !== 'string' || value.length > 255) fail('InvalidArgument', `${name} ${String(value).slice(0, 40)}….`);
      s.pageLayout.footer[name] = value;
    });
  }
}

// ---- Tables ---------------------------------------------------------------------------------

export class TableCollection extends Collection<WorkbookModel, TableModel, Table> {
  protected readonly entity = 'TableCollection';
  constructor(
    context: ContextLike,
    private readonly worksheet: Worksheet | null,
    path: string,
  ) {
    super(context, () => context.model, path);
  }
  private sheet(): SheetModel | null {
    return this.worksheet ? this.worksheet._live() : null;
  }
  protected list(model: WorkbookModel): TableModel[] {
    const sheet = this.sheet();
    return model.tables.filter((t) => sheet === null || t.sheet === sheet);
  }
  protected item(table: TableModel): Table {
    return new Table(this.context, () => table, `table(${table.id})`);
  }
  getItem(name: string): Table {
    return new Table(this.context, () => this.context.model.table(name, this.sheet() ?? undefined), `${this._path}.getItem(${JSON.stringify(name)})`);
  }
  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      () => {
        this.context.requireApi('1.4', 'TableCollection.getItemOrNullObject');
        const table = this.context.model.findTable(name);
        const sheet = this.sheet();
        return table && (sheet === null || table.sheet === sheet) ? table : null;
      },
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
    );
  }
  add(address: Range | string, hasHeaders: boolean): Table {
    const table = new Table(this.context, () => fail('InvalidOperation', 'Not yet added.'), `${this._path}.add()`);
    this.queue({ call: 'add', args: [address, hasHeaders] }, () => {
      let target: RangeTarget;
      if (typeof address === 'string') {
        this.context.requireApi('1.1', 'TableCollection.add');
        const { sheet, rect } = splitAddress(address);
        const model = this.context.model;
        const on = sheet !== null ? model.sheet(sheet) : this.sheet() ?? model.active ?? fail('InvalidOperation', 'No active sheet.');
        target = { sheet: on, rect };
      } else {
        this.context.requireApi('1.3', 'TableCollection.add(Range)');
        target = address._live();
      }
      const sheet = this.sheet();
      if (sheet !== null && target.sheet !== sheet) fail('InvalidArgument', 'The range is on another worksheet.');
      table._bind(this.context.model.addTable(target.sheet, target.rect, hasHeaders));
    });
    return table;
  }
}

export class Table extends Base<TableModel> {
  protected readonly entity = 'Table';
  protected override readonly scalars: Record<string, Scalar<TableModel>> = {
    id: { get: (t) => t.id },
    name: { get: (t) => t.name },
    showHeaders: { get: (t) => t.showHeaders },
    showTotals: { get: (t) => t.showTotals },
    style: { get: (t) => t.style },
  };
  protected override readonly navigations = {
    worksheet: () => this.worksheet,
    columns: () => this.columns,
  };
  protected override checkAlive(table: TableModel): void {
    if (table.deleted) fail('ItemNotFound', MESSAGES.itemNotFound, 'Table');
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.set('name', value, '1.1', (t) => this.context.model.renameTable(t, value));
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  get showTotals(): boolean {
    return this.get('showTotals');
  }
  get style(): string {
    return this.get('style');
  }
  set style(value: string) {
    this.set('style', value, '1.1', (t) => {
      t.sheet.checkEditable();
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(value)) fail('InvalidArgument', `Table style ${value}.`);
      t.style = value;
    });
  }
  get worksheet(): Worksheet {
    return this.child('worksheet', () => new Worksheet(this.context, () => this._resolve()?.sheet ?? null, `${this._path}.worksheet`));
  }
  get columns(): TableColumnCollection {
    return this.child('columns', () => new TableColumnCollection(this.context, () => this._resolve(), `${this._path}.columns`));
  }
  getRange(): Range {
    return this.range('getRange', (t) => t.rect);
  }
  /** Table.resize (ExcelApi 1.13): the table over a new range of its sheet, its header row where it was. */
  resize(newRange: Range | string): void {
    this.call('resize', [newRange], '1.13', (t) => {
      let rect: Rect;
      if (typeof newRange === 'string') {
        const split = splitAddress(newRange);
        if (split.sheet !== null && lower(split.sheet) !== lower(t.sheet.name)) fail('InvalidArgument', 'The range is on another worksheet.');
        rect = split.rect;
      } else {
        const target = newRange._live();
        if (target.sheet !== t.sheet) fail('InvalidArgument', 'The range is on another worksheet.');
        rect = target.rect;
      }
      this.context.model.resizeTable(t, rect);
    });
  }
  getHeaderRowRange(): Range {
    return this.range('getHeaderRowRange', (t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  getDataBodyRange(): Range {
    return this.range('getDataBodyRange', (t) => ({ ...t.rect, top: t.rect.top + (t.showHeaders ? 1 : 0), bottom: t.rect.bottom - (t.showTotals ? 1 : 0) }));
  }
  delete(): void {
    this.call('delete', [], '1.1', (t) => {
      t.sheet.checkEditable();
      const model = this.context.model;
      model.tables = model.tables.filter((x) => x !== t);
      t.deleted = true;
    });
  }
  private range(method: string, rect: (t: TableModel) => Rect): Range {
    return new Range(this.context, () => {
      const t = this._resolve();
      return t === null ? null : { sheet: t.sheet, rect: rect(t) };
    }, `${this._path}.${method}()`);
  }
}

export class TableColumn extends Base<{ name: string }> {
  protected readonly entity = 'TableColumn';
  protected override readonly scalars = { name: { get: (c: { name: string }) => c.name } };
  get name(): string {
    return this.get('name');
  }
}

export class TableColumnCollection extends Collection<TableModel, { name: string }, TableColumn> {
  protected readonly entity = 'TableColumnCollection';
  protected list(table: TableModel): { name: string }[] {
    return this.context.model.headers(table).map((name) => ({ name }));
  }
  protected item(column: { name: string }): TableColumn {
    return new TableColumn(this.context, () => column, `${this._path}.column`);
  }
}

// ---- Names ----------------------------------------------------------------------------------

type NameTarget = { name: string; formula: string };

export class NamedItem extends Base<NameTarget> {
  protected readonly entity = 'NamedItem';
  protected override readonly scalars = { name: { get: (n: NameTarget) => n.name }, formula: { get: (n: NameTarget) => n.formula } };
  get name(): string {
    return this.get('name');
  }
}

/** The workbook's names (workbook scope only, as office-js has them) or one sheet's. */
export class NamedItemCollection extends Collection<NameTarget[], NameTarget, NamedItem> {
  protected readonly entity = 'NamedItemCollection';
  constructor(context: ContextLike, names: () => NameTarget[], path: string) {
    super(context, names, path);
  }
  protected list(names: NameTarget[]): NameTarget[] {
    return [...names];
  }
  protected item(name: NameTarget): NamedItem {
    return new NamedItem(this.context, () => name, `name(${name.name})`);
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(
      this.context,
      () => {
        this.context.requireApi('1.4', 'NamedItemCollection.getItemOrNullObject');
        return this._live().find((n) => lower(n.name) === lower(name)) ?? null;
      },
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
    );
  }
}

// ---- Charts ---------------------------------------------------------------------------------

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'Pie', 'Area'];

export class ChartCollection extends Base<SheetModel> {
  protected readonly entity = 'ChartCollection';
  add(type: string, source: Range, seriesBy = 'Auto'): Chart {
    const chart = new Chart(this.context, () => fail('InvalidOperation', 'Not yet added.'), `${this._path}.add()`);
    this.queue({ call: 'add', args: [type, source, seriesBy] }, () => {
      this.context.requireApi('1.1', 'ChartCollection.add');
      const sheet = this._live();
      sheet.checkEditable();
      if (!CHART_TYPES.includes(type)) fail('InvalidArgument', `Chart type ${type}.`);
      if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) fail('InvalidArgument', `Series by ${seriesBy}.`);
      const data = source._live();
      const model: ChartModel = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: data.rect,
        seriesBy,
        title: '',
        categories: null,
        reversePlotOrder: false,
        from: null,
        to: null,
      };
      if (data.sheet !== sheet) fail('NotImplemented', 'The fake draws charts from their own sheet only.');
      sheet.charts.push(model);
      chart._bind({ sheet, chart: model });
    });
    return chart;
  }
}

type ChartTarget = { sheet: SheetModel; chart: ChartModel };

export class Chart extends Base<ChartTarget> {
  protected readonly entity = 'Chart';
  protected override readonly scalars = { name: { get: (c: ChartTarget) => c.chart.name } };
  set name(value: string) {
    this.set('name', value, '1.1', (c) => {
      c.chart.name = value;
    });
  }
  get name(): string {
    return this.get('name');
  }
  get title(): ChartTitle {
    return this.child('title', () => new ChartTitle(this.context, () => this._resolve(), `${this._path}.title`));
  }
  get axes(): ChartAxes {
    return this.child('axes', () => new ChartAxes(this.context, () => this._resolve(), `${this._path}.axes`));
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', [startCell, endCell], '1.1', (c) => {
      parseRect(startCell);
      if (endCell !== undefined) parseRect(endCell);
      c.chart.from = startCell;
      c.chart.to = endCell ?? null;
    });
  }
}

export class ChartTitle extends Base<ChartTarget> {
  protected readonly entity = 'ChartTitle';
  set text(value: string) {
    this.set('text', value, '1.1', (c) => {
      c.chart.title = value;
    });
  }
}

export class ChartAxes extends Base<ChartTarget> {
  protected readonly entity = 'ChartAxes';
  get categoryAxis(): ChartAxis {
    return this.child('categoryAxis', () => new ChartAxis(this.context, () => this._resolve(), `${this._path}.categoryAxis`));
  }
}

export class ChartAxis extends Base<ChartTarget> {
  protected readonly entity = 'ChartAxis';
  setCategoryNames(source: Range): void {
    this.call('setCategoryNames', [source], '1.7', (c) => {
      const data = source._live();
      if (data.sheet !== c.sheet) fail('NotImplemented', 'The fake takes categories from the chart\'s sheet only.');
      c.chart.categories = data.rect;
    });
  }
  set reversePlotOrder(value: boolean) {
    this.set('reversePlotOrder', value, '1.7', (c) => {
      c.chart.reversePlotOrder = value;
    });
  }
}

// ---- PivotTables ----------------------------------------------------------------------------

type PivotTarget = { sheet: SheetModel; pivot: PivotModel };

export class PivotTableCollection extends Base<SheetModel> {
  protected readonly entity = 'PivotTableCollection';
  add(name: string, source: Table | Range | string, destination: Range | string): PivotTable {
    const pivot = new PivotTable(this.context, () => fail('InvalidOperation', 'Not yet added.'), `${this._path}.add()`);
    this.queue({ call: 'add', args: [name, source, destination] }, () => {
      this.context.requireApi('1.8', 'PivotTableCollection.add');
      const sheet = this._live();
      if (!(source instanceof Table)) fail('NotImplemented', 'The fake builds PivotTables from tables only.');
      const table = (source as Table)._live();
      const dest = typeof destination === 'string' ? parseRect(destination) : destination._live().rect;
      const anchor = { top: dest.top, left: dest.left, bottom: dest.top, right: dest.left };
      pivot._bind({ sheet, pivot: this.context.model.addPivot(sheet, name, table, anchor) });
    });
    return pivot;
  }
}

export class PivotTable extends Base<PivotTarget> {
  protected readonly entity = 'PivotTable';
  protected override readonly scalars = { name: { get: (p: PivotTarget) => p.pivot.name } };
  get name(): string {
    return this.get('name');
  }
  get hierarchies(): PivotHierarchyCollection {
    return this.child('hierarchies', () => new PivotHierarchyCollection(this.context, () => this._resolve(), `${this._path}.hierarchies`));
  }
  get rowHierarchies(): RowColumnHierarchies {
    return this.child('rows', () => new RowColumnHierarchies(this.context, () => this._resolve(), `${this._path}.rowHierarchies`, 'rows'));
  }
  get columnHierarchies(): RowColumnHierarchies {
    return this.child('columns', () => new RowColumnHierarchies(this.context, () => this._resolve(), `${this._path}.columnHierarchies`, 'columns'));
  }
  get dataHierarchies(): DataHierarchies {
    return this.child('data', () => new DataHierarchies(this.context, () => this._resolve(), `${this._path}.dataHierarchies`));
  }
}

type HierarchyTarget = { pivot: PivotModel; field: string };

export class PivotHierarchy extends Base<HierarchyTarget> {
  protected readonly entity = 'PivotHierarchy';
}

export class PivotHierarchyCollection extends Base<PivotTarget> {
  protected readonly entity = 'PivotHierarchyCollection';
  getItem(name: string): PivotHierarchy {
    return new PivotHierarchy(
      this.context,
      () => {
        this.context.requireApi('1.8', 'PivotHierarchyCollection.getItem');
        const { pivot } = this._live();
        const field = this.context.model.headers(pivot.source).find((h) => lower(h) === lower(name));
        return field === undefined ? fail('ItemNotFound', MESSAGES.itemNotFound, `PivotHierarchy "${name}"`) : { pivot, field };
      },
      `${this._path}.getItem(${JSON.stringify(name)})`,
    );
  }
}

export class RowColumnHierarchies extends Base<PivotTarget> {
  protected readonly entity = 'RowColumnPivotHierarchyCollection';
  constructor(context: ContextLike, resolver: () => PivotTarget | null, path: string, private readonly axis: 'rows' | 'columns') {
    super(context, resolver, path);
  }
  add(hierarchy: PivotHierarchy): void {
    this.call('add', [hierarchy], '1.8', ({ sheet, pivot }) => {
      const { field } = hierarchy._live();
      if ([...pivot.rows, ...pivot.columns].includes(field)) fail('InvalidArgument', `${field} is already a row or column field.`);
      this.context.model.addPivotField(sheet, pivot, () => pivot[this.axis].push(field));
    });
  }
}

export class DataHierarchies extends Base<PivotTarget> {
  protected readonly entity = 'DataPivotHierarchyCollection';
  add(hierarchy: PivotHierarchy): DataHierarchy {
    const data = new DataHierarchy(this.context, () => fail('InvalidOperation', 'Not yet added.'), `${this._path}.add()`);
    this.queue({ call: 'add', args: [hierarchy] }, () => {
      this.context.requireApi('1.8', 'DataPivotHierarchyCollection.add');
      const { sheet, pivot } = this._live();
      const { field } = hierarchy._live();
      const entry = { name: `Summa av ${field}`, field, numberFormat: 'General' };
      this.context.model.addPivotField(sheet, pivot, () => pivot.data.push(entry));
      data._bind(entry);
    });
    return data;
  }
}

export class DataHierarchy extends Base<PivotModel['data'][number]> {
  protected readonly entity = 'DataPivotHierarchy';
  set numberFormat(value: string) {
    this.set('numberFormat', value, '1.8', (d) => {
      checkNumberFormat(value);
      d.numberFormat = value;
    });
  }
}

