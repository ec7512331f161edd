// Traceability (6.1.3): why a control is in the SoA — its line, the applied controls with
// their evidence, the risks it treats and their assets — and an asset's risks with their
// treatment and controls. The API calls and the pure rules the two pages share.
import { http } from './api/client';
import { api } from './api/endpoints';
import type { AppliedControl, Evidence, SoaRow } from './api/types';
import { latestVersion } from './evidence';
import { riskApi, type AssessmentMethod, type Risk } from './risks';

export type TracedControl = AppliedControl & { evidence: Evidence[] };

interface TraceBody {
  risk_assessment: { id: string; title: string; assessed_on: string } | null;
  /** At most 200, by number; risk_count says how many there are. */
  risks: Risk[];
  risk_count: number;
  applied_controls: TracedControl[];
}

export interface ControlTrace extends TraceBody {
  control: { id: string; group: string; title_ja: string; title_en: string };
  /** The SoA version whose line is shown; null before the first draft. */
  soa_version: number | null;
  line: SoaRow;
}

export interface AssetTrace extends TraceBody {
  asset: { id: string; number: string; name: string };
}

const org = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}`;

export const traceApi = {
  control: (orgId: string, controlId: string) =>
    http.get<ControlTrace>(`${org(orgId)}/soa/controls/${encodeURIComponent(controlId)}/trace`),
  asset: (orgId: string, assetId: string) =>
    http.get<AssetTrace>(`${org(orgId)}/assets/${encodeURIComponent(assetId)}/trace`),
};

/** A trace with the method of its assessment (for the level chips); null without one. */
export async function withMethod<T extends TraceBody>(orgId: string, request: Promise<T>): Promise<{ trace: T; method: AssessmentMethod | null }> {
  const trace = await request;
  const method = trace.risk_assessment ? await riskApi.get(orgId, trace.risk_assessment.id).then((found) => found.method, () => null) : null;
  return { trace, method };
}

export const controlTraceHref = (orgId: string, controlId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/soa/controls/${encodeURIComponent(controlId)}`;
export const assetTraceHref = (orgId: string, assetId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/assets/${encodeURIComponent(assetId)}/trace`;

/** "8.24" as Annex A writes it: "A.8.24". */
export function fullControlId(id: string): string {
  return id.startsWith('A.') ? id : `A.${id}`;
}

/**
 * How a risk reaches `controlId`: planned directly ("direct") and/or through the applied
 * controls among `controls` that it names (their numbers).
 */
export function routesOf(risk: Pick<Risk, 'annex_a_controls' | 'applied_controls'>, controlId: string, controls: readonly Pick<AppliedControl, 'id' | 'number'>[]): { direct: boolean; through: string[] } {
  const direct = risk.annex_a_controls.some((id) => fullControlId(id) === controlId);
  const through = controls.filter((control) => risk.applied_controls.includes(control.id)).map((control) => control.number);
  return { direct, through };
}

/** The Annex A controls a risk's treatment names: planned directly and through its applied controls. */
export function referenceControlsOf(risk: Pick<Risk, 'annex_a_controls' | 'applied_controls'>, controls: readonly Pick<AppliedControl, 'id' | 'references'>[]): string[] {
  const ids = new Set(risk.annex_a_controls.map(fullControlId));
  for (const control of controls) {
    if (!risk.applied_controls.includes(control.id)) continue;
    for (const reference of control.references) if (!reference.framework || reference.framework === 'iso27001-2022') ids.add(reference.control_id);
  }
  return [...ids].sort(compareControlIds);
}

/** Annex A order: A.5.2 before A.5.10. */
export function compareControlIds(a: string, b: string): number {
  const parts = (id: string) => id.replace(/^A\./, '').split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The assets of the listed risks, each once, with how many of the risks concern it, by number. */
export function assetsOf(risks: readonly Pick<Risk, 'asset'>[]): { id: string; number: string; name: string; risks: number }[] {
  const found = new Map<string, { id: string; number: string; name: string; risks: number }>();
  for (const { asset } of risks) {
    const entry = found.get(asset.id) ?? { id: asset.id, number: asset.number, name: asset.name, risks: 0 };
    entry.risks += 1;
    found.set(asset.id, entry);
  }
  return [...found.values()].sort((a, b) => a.number.localeCompare(b.number));
}

/** Where the newest version of evidence is read: its file as a download, or its link. */
export function evidenceHref(orgId: string, evidence: Pick<Evidence, 'id' | 'versions'>): string | null {
  const latest = latestVersion(evidence);
  if (!latest) return null;
  if (latest.attachment_id) return api.evidence.contentUrl(orgId, evidence.id, latest.number);
  return latest.link || null;
}
