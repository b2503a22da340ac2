// The letterhead's logo: a PNG or JPEG (checked by its bytes, at most ~500 KB), its printed height
// in millimetres (the width follows), removed or replaced.
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letterhead } from '../../../../../common/letters/input';
import { bytesToBase64, formatBytes } from '../../mailroom';

/** The core's limit on the logo's base64 text (letterheadSchema). */
const LOGO_MAX_BASE64 = 700_000;

function imageType(bytes: Uint8Array): 'png' | 'jpg' | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return null;
}

/** The image's pixel size, read by the browser. */
function pixelSize(url: string): Promise<{ w: number; h: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight });
    img.onerror = () => reject(new Error('image'));
    img.src = url;
  });
}

/** A printed size that keeps the proportions: 18 mm high by default, within 5–40 × 5–60 mm. */
export function logoSize(w: number, h: number, heightMm = 18): { heightMm: number; widthMm: number } {
  const ratio = w > 0 && h > 0 ? w / h : 1;
  let height = Math.min(40, Math.max(5, heightMm));
  let width = height * ratio;
  if (width > 60) {
    width = 60;
    height = Math.max(5, 60 / ratio);
  }
  if (width < 5) width = 5;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { heightMm: round(height), widthMm: round(width) };
}

/** The logo being edited: picked from a file (PNG or JPEG, checked), resized, removed. */
export function useLogo() {
  const { t, i18n } = useTranslation();
  const [logo, setLogo] = useState<Letterhead['logo'] | null>(null);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [logoDirty, setLogoDirty] = useState(false);

  const onLogo = async (file: File | undefined) => {
    setLogoProblem(null);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = imageType(bytes);
    if (!type) return setLogoProblem(t('letterheadAdmin.logoType'));
    const base64 = bytesToBase64(bytes);
    if (base64.length > LOGO_MAX_BASE64)
      return setLogoProblem(
        t('letterheadAdmin.logoTooLarge', { size: formatBytes(bytes.length, i18n.language) }),
      );
    try {
      const { w, h } = await pixelSize(`data:image/${type === 'png' ? 'png' : 'jpeg'};base64,${base64}`);
      setLogo({ base64, type, ...logoSize(w, h) });
      setLogoDirty(true);
    } catch {
      setLogoProblem(t('letterheadAdmin.logoType'));
    }
  };

  const setLogoHeight = (mm: number) => {
    if (!logo || !Number.isFinite(mm)) return;
    const ratio = logo.widthMm / logo.heightMm;
    setLogo({ ...logo, ...logoSize(ratio * 100, 100, mm) });
    setLogoDirty(true);
  };

  /** A logo as saved (not a change). */
  const load = useCallback((l: Letterhead['logo'] | null) => {
    setLogo(l);
    setLogoDirty(false);
  }, []);
  const remove = () => {
    setLogo(null);
    setLogoDirty(true);
  };
  return { logo, logoProblem, logoDirty, onLogo, setLogoHeight, load, remove };
}

export function LogoSection({ state, mayWrite }: { state: ReturnType<typeof useLogo>; mayWrite: boolean }) {
  const { t } = useTranslation();
  const logoId = useId();
  const { logo, logoProblem, onLogo, setLogoHeight } = state;
  return (
    <section className="card" aria-labelledby="lh-logo">
      <h2 id="lh-logo">{t('letterheadAdmin.logo')}</h2>
      <p className="muted small">{t('letterheadAdmin.logoLead')}</p>
      {logo ? (
        <div className="admin-logo">
          <img
            className="admin-logo-img"
            src={`data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}`}
            alt={t('letterheadAdmin.logoAlt')}
          />
          <div>
            <div className="field field-short">
              <label htmlFor={`${logoId}-h`}>{t('letterheadAdmin.logoHeight')}</label>
              <input
                id={`${logoId}-h`}
                type="number"
                min={5}
                max={40}
                step={0.5}
                value={logo.heightMm}
                readOnly={!mayWrite}
                onChange={(e) => setLogoHeight(Number(e.target.value))}
              />
              <p className="field-hint">
                {t('letterheadAdmin.logoSize', { w: logo.widthMm, h: logo.heightMm })}
              </p>
            </div>
            {mayWrite && (
              <button type="button" className="button" onClick={state.remove}>
                {t('letterheadAdmin.logoRemove')}
              </button>
            )}
          </div>
        </div>
      ) : (
        <p className="muted">{t('letterheadAdmin.noLogo')}</p>
      )}
      {mayWrite && (
        <div className="field">
          <label htmlFor={logoId}>
            {logo ? t('letterheadAdmin.logoReplace') : t('letterheadAdmin.logoChoose')}
          </label>
          <input
            id={logoId}
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => void onLogo(e.target.files?.[0])}
          />
        </div>
      )}
      {logoProblem && (
        <p className="field-error" role="alert">
          {logoProblem}
        </p>
      )}
    </section>
  );
}
