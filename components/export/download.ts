/** Saves a Blob under a file name through a temporary link (no server round trip). */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(csv: string, fileName: string) {
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
