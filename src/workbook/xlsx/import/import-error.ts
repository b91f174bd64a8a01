/** Writing imported rows is refused (the class is shared with the office-js adapter). */
export { ImportWriteError } from '../../import-write-error';
