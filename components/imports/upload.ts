// Browser-side calls of the import API. XMLHttpRequest for the upload, because fetch reports no upload
// progress.
import type { AnalysisView } from "@/lib/imports/analysis-view";

export type ApiError = { error: { code: string; message: string } };

export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
): { promise: Promise<AnalysisView>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<AnalysisView>((resolve, reject) => {
    xhr.open("POST", "/api/v1/imports/uploads");
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.setRequestHeader("x-file-type", file.type || "");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as AnalysisView);
      else reject(new Error((body as ApiError | null)?.error?.message ?? `Upload failed (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted: check the connection and try again."));
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new Error((json as ApiError | null)?.error?.message ?? `Request failed (HTTP ${res.status}).`);
  return json as T;
}
