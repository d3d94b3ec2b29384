"use client";
import { useRef } from "react";
import { downloadPng, downloadSvg } from "./export";

/** The foot line of a downloaded chart when the page gives none: what drew it, and on which day. */
const defaultSource = () => `Source: Chokepoint scenario model, ${new Date().toISOString().slice(0, 10)}.`;

/**
 * A titled chart with PNG and SVG downloads of the whole chart (title, plot and axes, legend, source line), and a
 * sentence saying what it shows.
 */
export function ChartFrame({
  title,
  file,
  source,
  caption,
  children,
}: {
  title: string;
  file: string;
  source?: string;
  caption?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <figure className="card" aria-label={title} style={{ margin: 0 }}>
      <figcaption className="toolbar" style={{ justifyContent: "space-between" }}>
        <strong>{title}</strong>
        <span>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              if (ref.current) void downloadPng(ref.current, title, source ?? defaultSource(), file);
            }}
          >
            PNG
          </button>{" "}
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              if (ref.current) downloadSvg(ref.current, title, source ?? defaultSource(), file);
            }}
          >
            SVG
          </button>
        </span>
      </figcaption>
      <div ref={ref} style={{ width: "100%", height: 260 }}>
        {children}
      </div>
      {caption ? <p className="small chart-caption">{caption}</p> : null}
    </figure>
  );
}
