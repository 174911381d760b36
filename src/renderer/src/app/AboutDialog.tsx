import { Modal } from '../ui/Modal';

/** Help → About: what Copydesk is and the promise it keeps. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal labelledBy="about-title" onEscape={onClose} onBackdrop={onClose}>
      <h2 id="about-title">About Copydesk</h2>
      <p>An offline editorial workstation: draft, review and export articles with their sources and claims.</p>
      <p className="muted small">
        Copydesk never goes on the network: no telemetry, nothing fetched. Your articles are files in your library folder.
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
