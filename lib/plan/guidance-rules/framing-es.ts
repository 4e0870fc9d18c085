import { scan, set, type FramingRule } from './scan';

/**
 * Spanish. Traps that must stay quiet: "Aumento de la cobertura de tests", "aumento del
 * rendimiento", "promoción de un producto", "campaña de promoción", "el ascenso de Rust",
 * "bono de transporte", "materia prima", "equipo de nómina", "evaluación de riesgos".
 */

const PAY_WORDS = /^(salario|salarios|sueldo|sueldos|retribución|retribuciones|remuneración|remuneraciones|bonus)$/u;
const SALARIAL = /^(salarial|salariales)$/u;
const SALARIAL_BEFORE = set('aumento', 'aumentos', 'subida', 'subidas', 'incremento', 'incrementos', 'banda', 'bandas', 'revisión', 'mejora', 'tabla', 'nivel', 'categoría', 'negociación');
const RAISE = /^(aumento|aumentos|subida|subidas|incremento|incrementos)$/u;
const OF = set('de', 'del');
const RAISE_BEFORE = set('un', 'una', 'mi', 'pedir', 'pedirle', 'solicitar', 'conseguir', 'obtener', 'merezco', 'próximo', 'próxima');
const BONO_BEFORE = set('mi', 'un', 'el', 'los', 'mis');

const PROMOCION_BEFORE = set('una', 'mi', 'próxima', 'posible', 'conseguir', 'obtener', 'pedir', 'solicitar');
const PROMOCION_AFTER = set('interna', 'a', 'al', 'profesional');
const ASCENDIDO = /^(ascendido|ascendida|ascendidos|ascendidas)$/u;
const SER = set('ser', 'sea', 'fui', 'seré', 'sería', 'quiero', 'estar');

export const framingEs: FramingRule = (tokens, text) =>
  scan(tokens, text, ({ i, w, prev, next, next2, clauseEnds, add }) => {
    if (PAY_WORDS.test(w)) {
      add('pay', i, i);
    } else if (RAISE.test(w)) {
      if (OF.has(next) && /^(sueldo|salario|retribución|remuneración)$/.test(next2)) add('pay', i, i + 2);
      else if (SALARIAL.test(next)) add('pay', i, i + 1);
      else if (OF.has(next)) return; // "Aumento de la cobertura de tests", "subida del tráfico"
      else if (RAISE_BEFORE.has(prev) && (clauseEnds || !/^(en|la|el|los|las)$/.test(next))) add('pay', i, i);
    } else if (SALARIAL.test(w)) {
      if (SALARIAL_BEFORE.has(prev)) add('pay', i - 1, i);
    } else if (w === 'compensación' || w === 'compensaciones') {
      if (next === 'económica' || next === 'salarial' || prev === 'mi') add('pay', i, next === 'económica' ? i + 1 : i);
    } else if (w === 'bono' || w === 'bonos') {
      if (BONO_BEFORE.has(prev) && !OF.has(next)) add('pay', i, i);
    } else if (w === 'nómina' && prev === 'mi') {
      add('pay', i, i);
    } else if ((w === 'ganar' || w === 'cobrar') && next === 'más') {
      add('pay', i, i + 1);
    } else if (w === 'más' && next === 'dinero') {
      add('pay', i, i + 1);
    } else if ((w === 'mejor' || w === 'más') && /^pagad[oa]s?$/.test(next)) {
      add('pay', i, i + 1);
    } else if (w === 'ascenso' || w === 'ascensos') {
      // "el ascenso de Rust en la industria" is a rise, not a promotion.
      if (!OF.has(next)) add('promotion', i, i);
    } else if (ASCENDIDO.test(w)) {
      add('promotion', SER.has(prev) ? i - 1 : i, i);
    } else if (/^(asciendan|ascienda|ascender|ascenderme)$/.test(w)) {
      if (prev === 'me') add('promotion', i - 1, i);
      else if (w === 'ascenderme' || /^(quiero|poder|para|pueda|podría)$/.test(prev)) add('promotion', i, i);
    } else if (w === 'promoción' || w === 'promociones') {
      if (OF.has(next)) return; // "promoción de un producto", "campaña de promoción del lanzamiento"
      if (PROMOCION_BEFORE.has(prev) || PROMOCION_AFTER.has(next)) add('promotion', i, i);
    } else if (w === 'subir' && next === 'de' && /^(categoría|nivel|puesto)$/.test(next2)) {
      add('promotion', i, i + 2);
    } else if (w === 'evaluación' || w === 'evaluaciones' || w === 'revisión') {
      if (OF.has(next) && /^(desempeño|rendimiento)$/.test(next2)) add('review', i, i + 2);
      else if (/^(anual|anuales|semestral)$/.test(next)) add('review', i, i + 1);
      else if (w === 'evaluación' && prev === 'mi' && !OF.has(next)) add('review', i, i);
    } else if (w === 'calificación' && prev === 'mi') {
      add('review', i, i);
    } else if (w === 'performance' && /^(review|rating)$/.test(next)) {
      add('review', i, i + 1);
    }
  });
