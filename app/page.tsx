export default function HomePage() {
  return <h1>Answerable</h1>;
}
