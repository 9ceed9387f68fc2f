'use client';
/**
 * A text alternative to the map, announced politely when what it shows changes: the
 * intensity map (an edition, or the change between two), and every other layer on.
 */
import type { CircuitsView } from '../../geo/circuits-view';
import type { DiasporaView } from '../../geo/diaspora-view';
import type { ViewOutput } from '../../geo/select-view';
import type { MxMeasure } from '../../geo/view-state';
import { COMPONENT_LABEL } from '../controls/EditionControl';
import { MX_MEASURE_LABEL, US_MEASURE_LABEL, useMeasureFormat } from '../diaspora/useMeasureFormat';
import { useT } from '../i18n/LanguageContext';
import type { ChangeMeasure } from '../../geo/view-state';

interface Props {
  output: ViewOutput;
  change: ChangeMeasure | null;
  mxMeasure: MxMeasure | null;
  diaspora: DiasporaView | null;
  circuits: { view: CircuitsView; describeArc: (origin: string, destination: string) => string } | null;
  name: (id: string) => string;
}

export function MapDescription({ output, change, mxMeasure, diaspora, circuits, name }: Props) {
  const { t, degreeName, integer } = useT();
  const { withUnit, yearLabel } = useMeasureFormat();
  const scope = output.focusState?.name ?? t('allStates');
  const parts: string[] = [];
  const c = output.comparison;
  if (c) {
    const changes = [...c.changes.values()];
    parts.push(
      t('mapDescriptionCompare', {
        from: c.earlier.edition, to: c.later.edition, scope,
        measure: change ? t('changeComponent', { component: t(COMPONENT_LABEL[change]) }) : t('changeDegree'),
        up: integer(changes.filter((x) => x.steps > 0).length), down: integer(changes.filter((x) => x.steps < 0).length), same: integer(changes.filter((x) => x.steps === 0).length),
        count: integer(output.list.length),
      }),
    );
  } else if (mxMeasure === null) {
    parts.push(t('mapDescription', { edition: output.edition.edition, scope, degrees: output.filter.degrees.map(degreeName).join(', ') || '—', count: integer(output.list.length) }));
  }
  const mx = diaspora?.mx;
  if (mx && mx.areas[0]) parts.push(t('mapDescriptionMx', { measure: t(MX_MEASURE_LABEL[mx.measure]), year: yearLabel(mx), top: mx.areas[0].name, value: withUnit(mx.unit, mx.areas[0].value) }));
  if (mxMeasure === 'regc' || mxMeasure === 'regdm') parts.push(t('mapDescriptionRegions', { scheme: t(MX_MEASURE_LABEL[mxMeasure]) }));
  const us = diaspora?.us;
  if (us && us.areas[0]) parts.push(t('mapDescriptionUs', { measure: t(US_MEASURE_LABEL[us.measure]), year: yearLabel(us), top: us.areas[0].name, value: withUnit(us.unit, us.areas[0].value) }));
  if (circuits) {
    const top = [...circuits.view.arcs].sort((a, b) => b.count - a.count)[0];
    if (top) {
      parts.push(
        t('mapDescriptionCircuits', {
          year: circuits.view.year, shown: integer(circuits.view.arcs.length), hidden: integer(circuits.view.hiddenCount + circuits.view.unplacedCount),
          top: circuits.describeArc(top.origin, top.destination), count: integer(top.count),
        }),
      );
    }
  }
  const m = output.selected;
  if (m?.current) parts.push(t('mapSelection', { name: name(m.id), degree: degreeName(m.current.degree) }));
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="map-description">
      {parts.join(' ')}
    </p>
  );
}
