export default function LoadingQuestions() {
  return (
    <p role="status" className="loading-note">
      Loading questions…
    </p>
  );
}
