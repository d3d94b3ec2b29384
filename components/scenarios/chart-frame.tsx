"use client";
import { useRef } from "react";
import { downloadPng, downloadSvg } from "./export";

/** A titled chart with PNG and SVG downloads of exactly what is drawn, and a sentence saying what it shows. */
export function ChartFrame({
  title,
  file,
  caption,
  children,
}: {
  title: string;
  file: string;
  caption?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const svg = () => ref.current?.querySelector("svg.recharts-surface") as SVGSVGElement | null;
  return (
    <figure className="card" aria-label={title} style={{ margin: 0 }}>
      <figcaption className="toolbar" style={{ justifyContent: "space-between" }}>
        <strong>{title}</strong>
        <span>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              const s = svg();
              if (s) void downloadPng(s, file);
            }}
          >
            PNG
          </button>{" "}
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              const s = svg();
              if (s) downloadSvg(s, file);
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
