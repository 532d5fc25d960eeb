export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Answerable tracks written parliamentary questions and the answers to them. Records marked{' '}
        <span className="badge badge--demo">Demo data</span> are generated for demonstration and are not real.
      </p>
      <p>
        Everything here is also available as data: see the <a href="/api/docs">JSON API reference</a>.
      </p>
    </footer>
  );
}
