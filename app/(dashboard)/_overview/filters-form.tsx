import Link from "next/link";
import type { OverviewFilters } from "@/lib/overview/filters";
import { filterChoices } from "./data";

/** A plain GET form: the filters land in the URL, so the view is a link, and it works without JavaScript. */
export async function FiltersForm({
  filters,
  problems,
  action = "/",
}: {
  filters: OverviewFilters;
  problems: string[];
  action?: string;
}) {
  const choices = await filterChoices();
  return (
    <form method="get" action={action} className="toolbar overview-filters no-print" aria-label="Filters">
      <label>
        From <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        To <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <label>
        Destination
        <select name="destination" defaultValue={filters.destination ?? ""}>
          <option value="">All</option>
          {choices.destinations.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        Customer
        <select name="customer" defaultValue={filters.customer ?? ""}>
          <option value="">All</option>
          {choices.customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Product line
        <select name="productLine" defaultValue={filters.productLine ?? ""}>
          <option value="">All</option>
          {choices.productLines.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Apply
      </button>
      <Link href={action} className="small">
        Clear
      </Link>
      {problems.length ? (
        <p className="error-text small" role="alert">
          {problems.join(" ")}
        </p>
      ) : null}
      <p className="small muted" style={{ flexBasis: "100%", margin: 0 }}>
        The date range applies to BOM checks, decisions and the timeline; screening hits are the latest run&apos;s.
      </p>
    </form>
  );
}
