/** The skeleton shown while an area's server component loads. */
export function AreaLoading() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <div className="skeleton" style={{ width: "30%", height: "1.6rem" }} />
      <div className="cards">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="card">
            <div className="skeleton" />
            <div className="skeleton" style={{ height: "2rem" }} />
          </div>
        ))}
      </div>
      <div className="skeleton" style={{ height: "12rem" }} />
    </div>
  );
}
