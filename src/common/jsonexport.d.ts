/** jsonexport ships no types: the callback form react-admin's own exporter uses. */
declare module 'jsonexport/dist' {
  type Callback = (error: Error | null, csv: string) => void;
  interface Options {
    headers?: string[];
    rowDelimiter?: string;
  }
  function jsonExport(data: readonly object[], options: Options, callback: Callback): void;
  export default jsonExport;
}
