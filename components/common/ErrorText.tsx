/** A failure the person must see at once (storage, validation): announced as an alert. Renders nothing when empty. */
export function ErrorText({ message, id }: { message: string | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p class="error" role="alert" id={id}>
      {message}
    </p>
  );
}
