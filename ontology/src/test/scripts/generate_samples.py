#!/usr/bin/env python3
"""Writes the sample framework, catalogue and evidence rules under src/main/resources/flourish/samples/.

Run from the ontology module: python3 src/test/scripts/generate_samples.py
The output is committed; this script only exists so the large files can be regenerated consistently.
Competencies come from competencies.tsv next to this script; the catalogue is a fictional but plausible
ecosystem in the Thiès region of Senegal. A fixed random seed keeps the output stable.
"""
import os
import random
from catalogue_data import PROVIDERS, PROGRAMMES, TYPE_RULES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'main', 'resources', 'flourish', 'samples')
BASE = 'https://w3id.org/flourish/samples/'
PREFIXES = """@prefix fl:     <https://w3id.org/flourish/ns#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix verb:   <http://adlnet.gov/expapi/verbs/> .
@prefix c:      <https://w3id.org/flourish/samples/foundations/> .
@prefix p:      <https://w3id.org/flourish/samples/thies/provider/> .
@prefix o:      <https://w3id.org/flourish/samples/thies/opportunity/> .
@prefix a:      <https://w3id.org/flourish/samples/thies/activity/> .
@prefix r:      <https://w3id.org/flourish/samples/thies/rule/> .
@prefix t:      <https://w3id.org/flourish/samples/activity-type/> .
"""
STRANDS = {
    'LIT': ('Early literacy', 'Lecture et écriture', 'Lectoescritura inicial'),
    'NUM': ('Early numeracy', 'Calcul et mathématiques', 'Aritmética inicial'),
    'LS': ('WHO life skills', 'Compétences de vie (OMS)', 'Habilidades para la vida (OMS)'),
    'SEL': ('Social and emotional learning', 'Apprentissage social et émotionnel', 'Aprendizaje socioemocional'),
    'LA': ('Approaches to learning', "Approches d'apprentissage", 'Enfoques de aprendizaje'),
    'PHY': ('Health and physical well-being', 'Santé et bien-être physique', 'Salud y bienestar físico'),
    'ART': ('Arts and culture', 'Arts et culture', 'Artes y cultura'),
    'SCI': ('Science and digital skills', 'Sciences et numérique', 'Ciencia y habilidades digitales'),
    'NAT': ('Nature and environment', 'Nature et environnement', 'Naturaleza y medio ambiente'),
    'CIT': ('Community and citizenship', 'Communauté et citoyenneté', 'Comunidad y ciudadanía'),
}
# The strands in Portuguese and Arabic.
STRANDS_PT_AR = {
    'LIT': ('Leitura e escrita iniciais', 'القراءة والكتابة المبكرة'),
    'NUM': ('Numeracia inicial', 'الحساب المبكر'),
    'LS': ('Competências para a vida (OMS)', 'المهارات الحياتية (منظمة الصحة العالمية)'),
    'SEL': ('Aprendizagem social e emocional', 'التعلّم الاجتماعي والعاطفي'),
    'LA': ('Abordagens de aprendizagem', 'مقاربات التعلّم'),
    'PHY': ('Saúde e bem-estar físico', 'الصحة والرفاه البدني'),
    'ART': ('Artes e cultura', 'الفنون والثقافة'),
    'SCI': ('Ciência e competências digitais', 'العلوم والمهارات الرقمية'),
    'NAT': ('Natureza e ambiente', 'الطبيعة والبيئة'),
    'CIT': ('Comunidade e cidadania', 'المجتمع والمواطنة'),
}


def lit(text, lang=None):
    escaped = text.replace('\\', '\\\\').replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def read_competencies():
    rows = []
    with open(os.path.join(HERE, 'competencies.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, domains, en, fr, es, pre = line.rstrip('\n').split('\t')
            groups = []
            for g in filter(None, pre.split(';')):
                kind, mastery, codes = g.split(':')
                groups.append((kind, mastery, codes.split(',')))
            rows.append(dict(code=code, domains=domains.split(','), en=en, fr=fr, es=es, groups=groups))
    with open(os.path.join(HERE, 'competencies-pt-ar.tsv'), encoding='utf-8') as f:
        by_code = {row['code']: row for row in rows}
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, pt, ar = line.rstrip('\n').split('\t')
            by_code[code].update(pt=pt, ar=ar)
    missing = [row['code'] for row in rows if 'pt' not in row]
    if missing:
        raise SystemExit(f'no Portuguese and Arabic labels for {missing} in competencies-pt-ar.tsv')
    return rows


def assert_acyclic(rows):
    edges = {r['code']: [c for g in r['groups'] for c in g[2]] for r in rows}
    for required in (c for cs in edges.values() for c in cs):
        assert required in edges, f'unknown prerequisite {required}'
    state = {}

    def visit(code, path):
        if state.get(code) == 'done':
            return
        assert state.get(code) != 'open', f'cycle through {path + [code]}'
        state[code] = 'open'
        for nxt in edges[code]:
            visit(nxt, path + [code])
        state[code] = 'done'
    for code in edges:
        visit(code, [])


def write_framework(rows):
    out = [PREFIXES, """c:framework a fl:Framework ;
    skos:prefLabel "Foundations for Life: a holistic framework for children and adolescents"@en ,
        "Fondations pour la vie : un référentiel holistique pour enfants et adolescents"@fr ,
        "Bases para la vida: un marco holístico para niñas, niños y adolescentes"@es ,
        "Bases para a vida: um referencial holístico para crianças e adolescentes"@pt ,
        "أسس الحياة: إطار شامل للأطفال والمراهقين"@ar ;
    dcterms:description "Early literacy and numeracy, the WHO life skills, social and emotional learning, health, arts, science, nature and citizenship, for ages 3 to 18. Sample data for Flourish."@en ;
    dcterms:bibliographicCitation "World Health Organization (1997). Life skills education for children and adolescents in schools. WHO/MNH/PSF/93.7A.Rev.2" ,
        "Learning Metrics Task Force (2013). Toward universal learning: what every child should learn. UNESCO Institute for Statistics and Center for Universal Education at Brookings" .
"""]
    for strand, (en, fr, es) in STRANDS.items():
        members = ' , '.join(f'c:{r["code"]}' for r in rows if r['code'].split('-')[0] == strand)
        pt, ar = STRANDS_PT_AR[strand]
        out.append(f'c:strand-{strand} a skos:Collection ;\n    skos:prefLabel {lit(en, "en")} , {lit(fr, "fr")} , {lit(es, "es")} , '
                   f'{lit(pt, "pt")} , {lit(ar, "ar")} ;\n'
                   f'    skos:member {members} .\n')
    for r in rows:
        lines = [f'c:{r["code"]} a fl:Competency ;',
                 '    skos:inScheme c:framework ;',
                 f'    skos:notation "{r["code"]}" ;',
                 f'    skos:prefLabel {lit(r["en"], "en")} , {lit(r["fr"], "fr")} , {lit(r["es"], "es")} , '
                 f'{lit(r["pt"], "pt")} , {lit(r["ar"], "ar")} ;',
                 '    fl:domain ' + ' , '.join(f'fl:{d}' for d in r['domains'])]
        for i, _ in enumerate(r['groups'], 1):
            lines[-1] += ' ;'
            lines.append(f'    fl:prerequisite c:{r["code"]}-pre{i}')
        out.append('\n'.join(lines) + ' .\n')
        for i, (kind, mastery, codes) in enumerate(r['groups'], 1):
            combination = 'fl:AllOf' if kind == 'all' else 'fl:AnyOf'
            out.append(f'c:{r["code"]}-pre{i} a fl:PrerequisiteGroup ; fl:combination {combination} ; '
                       f'fl:minMastery {mastery} ;\n    fl:requires ' + ' , '.join(f'c:{c}' for c in codes) + ' .\n')
    save('foundations-framework.ttl', '# Sample competency framework: 176 competencies in nine holistic domains.\n' + '\n'.join(out))


def schedule_ttl(slots):
    parts = []
    for days, start, end in slots:
        weekdays = ' , '.join(f'fl:{d}' for d in days.split())
        parts.append(f'[ a fl:Schedule ; fl:weekday {weekdays} ; '
                     f'fl:startTime "{start}:00"^^xsd:time ; fl:endTime "{end}:00"^^xsd:time ]')
    return parts


def write_catalogue_and_rules(competency_codes):
    rng = random.Random(2026)
    cat = [PREFIXES]
    rules = [PREFIXES]
    for key, prov in PROVIDERS.items():
        cat.append(f'p:{key} a fl:Provider ;\n    schema:name {lit(prov["name"], "fr")} ;\n'
                   f'    fl:providerKind fl:{prov["kind"]} ;\n    fl:locality {lit(prov["town"][0])} ;\n'
                   f'    fl:latitude {prov["town"][1]:.4f} ; fl:longitude {prov["town"][2]:.4f} .\n')
    count = 0
    used = set()
    for prog in PROGRAMMES:
        for site_index, site in enumerate(prog['sites']):
            slug = '-'.join(filter(None, [prog['slug'], site['slug']]))
            assert slug not in used, slug
            used.add(slug)
            for code in prog['develops']:
                assert code in competency_codes, code
            count += 1
            name_fr = prog['fr'] + (f' — {site["label"]}' if site.get('label') else '')
            label_en = site.get('label_en', site.get('label'))
            name_en = prog['en'] + (f' — {label_en}' if label_en else '')
            capacity = rng.randint(*prog['capacity'])
            lines = [f'o:{slug} a fl:LearningOpportunity ;',
                     f'    schema:name {lit(name_fr, "fr")} , {lit(name_en, "en")} ;',
                     f'    fl:offeredBy p:{prog["provider"]} ;',
                     f'    fl:opportunityKind fl:{prog["kind"]} ;',
                     '    fl:develops ' + ' , '.join(f'c:{c}' for c in prog['develops']) + ' ;',
                     f'    fl:activityId a:{slug} ;',
                     '    schema:inLanguage ' + ' , '.join(lit(l) for l in site.get('langs', prog['langs'])) + ' ;',
                     f'    fl:minAge {prog["ages"][0]} ; fl:maxAge {prog["ages"][1]} ;',
                     f'    fl:costPerMonth {site.get("cost", prog["cost"]):.2f} ;',
                     '    fl:modality ' + ' , '.join(f'fl:{m}' for m in prog['modality']) + ' ;',
                     f'    fl:capacity {capacity}']
            if site['place']:
                town, lat, lon = site['place']
                lines[-1] += ' ;'
                lines.append(f'    fl:locality {lit(town)} ;')
                lines.append(f'    fl:latitude {lat + rng.uniform(-0.008, 0.008):.4f} ; '
                             f'fl:longitude {lon + rng.uniform(-0.008, 0.008):.4f}')
            slots = site.get('slots', prog.get('slots'))
            if slots:
                lines[-1] += ' ;'
                lines.append('    fl:schedule ' + ' ,\n        '.join(schedule_ttl(slots)))
            if prog.get('dates'):
                lines[-1] += ' ;'
                lines.append(f'    fl:startDate "{prog["dates"][0]}"^^xsd:date ; fl:endDate "{prog["dates"][1]}"^^xsd:date')
            if prog.get('materials'):
                lines[-1] += ' ;'
                lines.append(f'    fl:materialsNeeded {lit(prog["materials"][0], "fr")} , {lit(prog["materials"][1], "en")}')
            access = site.get('access', prog.get('access', []))
            if access:
                lines[-1] += ' ;'
                lines.append('    fl:accessibility ' + ' , '.join(f'fl:{x}' for x in access))
            cat.append('\n'.join(lines) + ' .\n')
            for code in prog['develops']:
                for verb, kind, weight in prog['evidence']:
                    rules.append(f'r:{slug}-{code}-{verb} a fl:EvidenceRule ; fl:verb verb:{verb} ; '
                                 f'fl:activity a:{slug} ;\n    fl:evidenceOf c:{code} ; fl:evidenceKind fl:{kind} ; fl:weight {weight} .')
    assert count >= 300, f'only {count} opportunities'
    for slug, code, verb, weight in TYPE_RULES:
        assert code in competency_codes, code
        rules.append(f'r:type-{slug}-{code}-{verb} a fl:EvidenceRule ; fl:verb verb:{verb} ; '
                     f'fl:activityType t:{slug} ;\n    fl:evidenceOf c:{code} ; fl:evidenceKind fl:Assessed ; fl:weight {weight} .')
    save('thies-catalogue.ttl', f'# Sample catalogue: {count} learning opportunities from {len(PROVIDERS)} providers '
         'in the Thiès region of Senegal (fictional).\n' + '\n'.join(cat))
    save('thies-evidence-rules.ttl', '# Sample evidence rules for the Thiès catalogue, plus rules by activity type '
         'for early grade reading and mathematics assessment subtasks.\n' + '\n'.join(rules) + '\n')


def save(name, text):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)
    print(name, len(text.encode('utf-8')), 'bytes')


if __name__ == '__main__':
    competencies = read_competencies()
    assert_acyclic(competencies)
    write_framework(competencies)
    write_catalogue_and_rules({r['code'] for r in competencies})
