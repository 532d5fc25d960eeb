/** Says which URL parameters were ignored and why, instead of failing the page (same look as the data table's). */
export function ParamProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status">
      <p className="notice__title">Some of this address could not be used</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
