import CQREncode
import CZlib
/// Renderers: JSON-LD, HTML, QR, site.
public enum RenderingModule {}
