/** Says which URL parameters were ignored and why, instead of failing the page. */
export function ParamProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warn" role="status">
      <p>Some of the address’s filters could not be used, so the defaults apply instead:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
