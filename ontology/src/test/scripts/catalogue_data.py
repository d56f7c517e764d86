"""Providers, programmes and sites of the fictional Thiès-region catalogue (see generate_samples.py)."""

TOWNS = {
    'thies-randoulene': ('Thiès, Randoulène', 14.7958, -16.9312),
    'thies-cite-lamy': ('Thiès, Cité Lamy', 14.7842, -16.9468),
    'thies-medina-fall': ('Thiès, Médina Fall', 14.8032, -16.9180),
    'thies-nguinth': ('Thiès, Nguinth', 14.7781, -16.9226),
    'thies-hersent': ('Thiès, Hersent', 14.7905, -16.9530),
    'thies-grand-thies': ('Thiès, Grand Thiès', 14.8105, -16.9402),
    'mbour-grand-mbour': ('Mbour, Grand Mbour', 14.4150, -16.9660),
    'mbour-liberte': ('Mbour, Liberté', 14.4262, -16.9575),
    'mbour-saly': ('Mbour, Saly Carrefour', 14.4470, -16.9950),
    'tivaouane': ('Tivaouane', 14.9500, -16.8170),
    'khombole': ('Khombole', 14.7667, -16.7000),
    'pout': ('Pout', 14.7706, -17.0607),
    'joal': ('Joal-Fadiouth', 14.1667, -16.8333),
    'ngoundiane': ('Ngoundiane', 14.7240, -16.7850),
    'fandene': ('Fandène', 14.7990, -16.8760),
    'notto': ('Notto Diobass', 14.6830, -16.8500),
    'keur-moussa': ('Keur Moussa', 14.7770, -17.1100),
    'thienaba': ('Thiénaba', 14.7660, -16.7800),
    'tassette': ('Tassette', 14.6250, -16.9950),
    'kayar': ('Kayar', 14.9180, -17.1170),
    'mont-rolland': ('Mont-Rolland', 14.9300, -17.0120),
    'diender': ('Diender Guedj', 14.8400, -17.0900),
}

PROVIDERS = {
    'ecole-cite-lamy': dict(name='École élémentaire publique Cité Lamy', kind='School', town=TOWNS['thies-cite-lamy']),
    'ecole-mbour-3': dict(name='École élémentaire Mbour 3', kind='School', town=TOWNS['mbour-liberte']),
    'ecole-khombole-2': dict(name='École élémentaire Khombole 2', kind='School', town=TOWNS['khombole']),
    'ecole-joal-escale': dict(name='École élémentaire Joal Escale', kind='School', town=TOWNS['joal']),
    'daara-tivaouane': dict(name='Daara moderne Serigne Babacar Sy de Tivaouane', kind='School', town=TOWNS['tivaouane']),
    'ief-thies-passerelles': dict(name='IEF Thiès — Programme des classes passerelles', kind='GovernmentProgramme', town=TOWNS['thies-randoulene']),
    'radio-jokko-fm': dict(name='Radio communautaire Jokko FM', kind='Broadcaster', town=TOWNS['tivaouane']),
    'lire-au-senegal': dict(name='Association Lire au Sénégal', kind='NGO', town=TOWNS['thies-medina-fall']),
    'bibliotheque-thies': dict(name='Bibliothèque municipale de Thiès', kind='Library', town=TOWNS['thies-randoulene']),
    'eclaireurs-cayor': dict(name='Éclaireuses et Éclaireurs du Cayor', kind='YouthGroup', town=TOWNS['mbour-grand-mbour']),
    'mjc-tivaouane': dict(name='Maison des Jeunes et de la Culture de Tivaouane', kind='CommunityProgramme', town=TOWNS['tivaouane']),
    'sante-communautaire-pout': dict(name='Comité de santé communautaire de Pout', kind='CommunityProgramme', town=TOWNS['pout']),
    'ker-code': dict(name='Kër Code Academy', kind='Vendor', town=TOWNS['thies-hersent']),
    'jardins-verts-cayor': dict(name='Jardins Verts du Cayor', kind='NGO', town=TOWNS['thies-nguinth']),
    'jigeen-ci-kanam': dict(name='Fondation Jigéen ci Kanam', kind='NGO', town=TOWNS['mbour-liberte']),
    'cours-excellence': dict(name='Cours Excellence — soutien scolaire', kind='Vendor', town=TOWNS['thies-grand-thies']),
}

SCHOOL_YEAR = ('2026-10-05', '2027-07-03')
WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday'

SCHOOL = [('attended', 'Participation', '0.10'), ('passed', 'Assessed', '0.80'),
          ('failed', 'Assessed', '0.60'), ('mastered', 'Assessed', '1.00')]
CLUB = [('attended', 'Participation', '0.10'), ('completed', 'Observed', '0.40')]
WORKSHOP = [('attended', 'Participation', '0.10'), ('completed', 'Observed', '0.50'), ('passed', 'Assessed', '0.70')]
RADIO = [('experienced', 'Participation', '0.10'), ('passed', 'Assessed', '0.50'), ('failed', 'Assessed', '0.40')]
SMS = [('attempted', 'Participation', '0.05'), ('passed', 'Assessed', '0.60'), ('failed', 'Assessed', '0.50')]


def site(town_key, label=None, **extra):
    return dict(slug=town_key, label=label or TOWNS[town_key][0], place=TOWNS[town_key], **extra)


SCHOOL_SITES = [
    dict(slug='cite-lamy', provider='ecole-cite-lamy', label='École Cité Lamy', place=TOWNS['thies-cite-lamy']),
    dict(slug='mbour-3', provider='ecole-mbour-3', label='École Mbour 3', place=TOWNS['mbour-liberte']),
    dict(slug='khombole-2', provider='ecole-khombole-2', label='École Khombole 2', place=TOWNS['khombole']),
    dict(slug='joal-escale', provider='ecole-joal-escale', label='École Joal Escale', place=TOWNS['joal']),
]

# (grade slug, grade fr, grade en, age, subject slug, subject fr, subject en, competencies, slot)
SCHOOL_SUBJECTS = [
    ('ci', 'CI', 'Grade 1', 6, 'lecture', 'Lecture et écriture', 'Reading and writing', ['LIT-05', 'LIT-06', 'LIT-10', 'LIT-11'], (WEEKDAYS, '08:00', '10:00')),
    ('ci', 'CI', 'Grade 1', 6, 'maths', 'Mathématiques', 'Mathematics', ['NUM-01', 'NUM-02', 'NUM-03', 'NUM-05'], (WEEKDAYS, '10:30', '12:00')),
    ('ci', 'CI', 'Grade 1', 6, 'vivre-ensemble', 'Vivre ensemble', 'Living together', ['SEL-01', 'SEL-02', 'CIT-01'], ('Tuesday Thursday', '15:00', '16:30')),
    ('cp', 'CP', 'Grade 2', 7, 'lecture', 'Lecture et écriture', 'Reading and writing', ['LIT-08', 'LIT-12', 'LIT-13', 'LIT-14'], (WEEKDAYS, '08:00', '10:00')),
    ('cp', 'CP', 'Grade 2', 7, 'maths', 'Mathématiques', 'Mathematics', ['NUM-04', 'NUM-06', 'NUM-07', 'NUM-10'], (WEEKDAYS, '10:30', '12:00')),
    ('cp', 'CP', 'Grade 2', 7, 'eps', 'Éducation physique et sportive', 'Physical education', ['PHY-01', 'PHY-02'], ('Wednesday', '15:00', '17:00')),
    ('ce1', 'CE1', 'Grade 3', 8, 'lecture', 'Lecture et écriture', 'Reading and writing', ['LIT-16', 'LIT-17', 'LIT-26'], (WEEKDAYS, '08:00', '10:00')),
    ('ce1', 'CE1', 'Grade 3', 8, 'maths', 'Mathématiques', 'Mathematics', ['NUM-08', 'NUM-09', 'NUM-11', 'NUM-12'], (WEEKDAYS, '10:30', '12:00')),
    ('ce1', 'CE1', 'Grade 3', 8, 'decouverte', 'Découverte du monde', 'Science and society', ['SCI-01', 'SCI-05', 'PHY-06'], ('Tuesday Thursday', '15:00', '17:00')),
    ('ce2', 'CE2', 'Grade 4', 9, 'lecture', 'Lecture et compréhension', 'Reading comprehension', ['LIT-18', 'LIT-21', 'LIT-27'], (WEEKDAYS, '08:00', '10:00')),
    ('ce2', 'CE2', 'Grade 4', 9, 'maths', 'Mathématiques', 'Mathematics', ['NUM-13', 'NUM-14', 'NUM-15', 'NUM-27'], (WEEKDAYS, '10:30', '12:00')),
    ('ce2', 'CE2', 'Grade 4', 9, 'civisme', 'Éducation civique', 'Civic education', ['CIT-02', 'CIT-03'], ('Thursday', '15:00', '17:00')),
    ('cm1', 'CM1', 'Grade 5', 10, 'francais', 'Français', 'French', ['LIT-19', 'LIT-22', 'LIT-28'], (WEEKDAYS, '08:00', '10:00')),
    ('cm1', 'CM1', 'Grade 5', 10, 'maths', 'Mathématiques', 'Mathematics', ['NUM-16', 'NUM-18', 'NUM-19', 'NUM-25'], (WEEKDAYS, '10:30', '12:00')),
    ('cm1', 'CM1', 'Grade 5', 10, 'sciences', 'Sciences d’observation', 'Science', ['SCI-02', 'SCI-03', 'SCI-06', 'SCI-07'], ('Tuesday Thursday', '15:00', '17:00')),
    ('cm1', 'CM1', 'Grade 5', 10, 'histoire-geo', 'Histoire et géographie', 'History and geography', ['ART-13', 'CIT-05'], ('Friday', '15:00', '17:00')),
    ('cm2', 'CM2', 'Grade 6', 11, 'francais', 'Français', 'French', ['LIT-23', 'LIT-29', 'LIT-32'], (WEEKDAYS, '08:00', '10:00')),
    ('cm2', 'CM2', 'Grade 6', 11, 'maths', 'Mathématiques', 'Mathematics', ['NUM-17', 'NUM-20', 'NUM-21', 'NUM-22'], (WEEKDAYS, '10:30', '12:00')),
    ('cm2', 'CM2', 'Grade 6', 11, 'sante', 'Sciences et éducation à la santé', 'Science and health education', ['PHY-10', 'PHY-13', 'SCI-04'], ('Tuesday', '15:00', '17:00')),
    ('cm2', 'CM2', 'Grade 6', 11, 'eps', 'Éducation physique et sportive', 'Physical education', ['PHY-03', 'PHY-15'], ('Wednesday', '15:00', '17:00')),
]

PROGRAMMES = []

for grade, grade_fr, grade_en, age, subject, subject_fr, subject_en, develops, slot in SCHOOL_SUBJECTS:
    for school in SCHOOL_SITES:
        early_grade = grade in ('ci', 'cp')
        PROGRAMMES.append(dict(
            slug=f'{grade}-{subject}-{school["slug"]}', provider=school['provider'],
            fr=f'{grade_fr} — {subject_fr}', en=f'{grade_en} — {subject_en}', kind='SchoolClass',
            modality=['InPerson'], langs=['fr', 'wo'] if early_grade else ['fr'], develops=develops,
            ages=(age, age + 3), cost=0, capacity=(48, 72), slots=[slot], dates=SCHOOL_YEAR,
            materials=('Cahier, ardoise, crayon', 'Exercise book, slate, pencil'), evidence=SCHOOL,
            sites=[dict(slug='', label=school['label'], place=school['place'])]))


def programme(**fields):
    fields.setdefault('cost', 0)
    PROGRAMMES.append(fields)


# Government bridging classes for out-of-school children, in villages.
PASSERELLE_VILLAGES = ['ngoundiane', 'fandene', 'notto', 'keur-moussa', 'thienaba', 'tassette', 'mont-rolland', 'diender']
programme(slug='passerelle-niveau-1', provider='ief-thies-passerelles', fr='Classe passerelle, niveau 1',
          en='Bridging class, level 1', kind='BridgingClass', modality=['InPerson'], langs=['wo', 'fr'],
          develops=['LIT-13', 'LIT-14', 'NUM-07', 'NUM-10'], ages=(9, 14), capacity=(25, 35),
          slots=[(WEEKDAYS, '15:00', '18:00')], dates=('2026-10-19', '2027-06-25'),
          materials=('Fournitures offertes par le programme', 'Supplies provided by the programme'),
          evidence=SCHOOL, sites=[site(v) for v in PASSERELLE_VILLAGES])
programme(slug='passerelle-niveau-2', provider='ief-thies-passerelles', fr='Classe passerelle, niveau 2',
          en='Bridging class, level 2', kind='BridgingClass', modality=['InPerson'], langs=['wo', 'fr'],
          develops=['LIT-17', 'LIT-18', 'NUM-13', 'NUM-19'], ages=(10, 15), capacity=(25, 35),
          slots=[(WEEKDAYS, '15:00', '18:00')], dates=('2026-10-19', '2027-06-25'),
          materials=('Fournitures offertes par le programme', 'Supplies provided by the programme'),
          evidence=SCHOOL, sites=[site(v) for v in PASSERELLE_VILLAGES])
programme(slug='calcul-par-sms', provider='ief-thies-passerelles', fr='Calcul au quotidien par SMS',
          en='Everyday maths by SMS', kind='SmsCourse', modality=['SMS'], langs=['fr'],
          develops=['NUM-12', 'NUM-16', 'NUM-31'], ages=(9, 15), capacity=(2000, 5000),
          materials=('Un téléphone qui reçoit les SMS', 'A phone that receives SMS'), evidence=SMS,
          sites=[dict(slug='fr', label='en français', label_en='in French', place=None, langs=['fr']),
                 dict(slug='wo', label='ci wolof', label_en='in Wolof', place=None, langs=['wo'])])

# Community radio lessons, each series broadcast in Wolof and in Serer at different times.
RADIO_SERIES = [
    ('lettres-et-sons', 'Jàng ci Radio : lettres et sons', 'Learn by Radio: letters and sounds', ['LIT-05', 'LIT-06', 'LIT-11'], (5, 8)),
    ('premiers-mots', 'Jàng ci Radio : mes premiers mots', 'Learn by Radio: my first words', ['LIT-08', 'LIT-13', 'LIT-14'], (6, 9)),
    ('contes', 'Contes du soir', 'Evening tales', ['LIT-20', 'ART-06', 'LA-04'], (5, 12)),
    ('compter', 'Jàng ci Radio : compter et calculer', 'Learn by Radio: counting and sums', ['NUM-01', 'NUM-02', 'NUM-10'], (5, 8)),
    ('calcul-mental', 'Calcul mental à la radio', 'Mental arithmetic on air', ['NUM-12', 'NUM-13', 'NUM-16'], (8, 12)),
    ('sante-famille', 'La santé en famille', 'Health in the family', ['PHY-06', 'PHY-08', 'PHY-10'], (8, 15)),
    ('emotions', 'Dis-moi ce que tu ressens', 'Tell me how you feel', ['LS-17', 'LS-15', 'SEL-03'], (7, 12)),
    ('ados-parlent', 'Les ados ont la parole', 'Teens speak up', ['LS-10', 'LS-19', 'LS-20', 'PHY-14'], (12, 18)),
    ('nature', 'Notre nature, notre avenir', 'Our nature, our future', ['NAT-01', 'NAT-06', 'NAT-08'], (9, 16)),
    ('citoyens', 'Petits citoyens', 'Young citizens', ['CIT-02', 'CIT-03', 'CIT-11'], (8, 14)),
]
RADIO_SLOTS = [('Monday Wednesday Friday', '18:30', '19:00'), ('Tuesday Thursday', '19:00', '19:30'),
               ('Saturday', '10:00', '10:45'), ('Sunday', '17:00', '17:45')]
for i, (slug, fr, en, develops, ages) in enumerate(RADIO_SERIES):
    programme(slug=f'radio-{slug}', provider='radio-jokko-fm', fr=fr, en=en, kind='RadioSeries',
              modality=['Radio'], langs=['wo'], develops=develops, ages=ages, capacity=(5000, 20000),
              materials=('Un poste de radio ou un téléphone avec la radio FM', 'A radio set or a phone with FM radio'),
              access=['AudioOnly'], evidence=RADIO,
              sites=[dict(slug='wolof', label='en wolof', label_en='in Wolof', place=None, langs=['wo'], slots=[RADIO_SLOTS[i % 4]]),
                     dict(slug='seereer', label='en sérère', label_en='in Serer', place=None, langs=['srr'], slots=[RADIO_SLOTS[(i + 1) % 4]])])

# Reading clubs and camps of the literacy NGO.
READING_NEIGHBOURHOODS = ['thies-randoulene', 'thies-medina-fall', 'thies-nguinth', 'thies-grand-thies',
                          'mbour-grand-mbour', 'mbour-liberte', 'tivaouane', 'khombole']
programme(slug='club-lecture-6-9', provider='lire-au-senegal', fr='Club de lecture des 6-9 ans',
          en='Reading club, ages 6 to 9', kind='ReadingProgramme', modality=['InPerson'], langs=['wo', 'fr'],
          develops=['LIT-14', 'LIT-16', 'LIT-17', 'LIT-34'], ages=(6, 9), capacity=(15, 25),
          slots=[('Wednesday', '16:00', '17:30'), ('Saturday', '09:30', '11:00')],
          evidence=CLUB, sites=[site(n) for n in READING_NEIGHBOURHOODS])
programme(slug='club-lecture-10-13', provider='lire-au-senegal', fr='Club de lecture des 10-13 ans',
          en='Reading club, ages 10 to 13', kind='ReadingProgramme', modality=['InPerson'], langs=['fr', 'wo'],
          develops=['LIT-19', 'LIT-22', 'LIT-34'], ages=(10, 13), capacity=(15, 25),
          slots=[('Saturday', '11:00', '12:30')], evidence=CLUB, sites=[site(n) for n in READING_NEIGHBOURHOODS])
programme(slug='lecture-en-famille', provider='lire-au-senegal', fr='Lecture en famille',
          en='Family reading evenings', kind='ReadingProgramme', modality=['InPerson'], langs=['wo'],
          develops=['LIT-04', 'LIT-20', 'LIT-02'], ages=(3, 7), capacity=(20, 30),
          slots=[('Friday', '19:00', '20:30')], access=['ChildcareProvided'], evidence=CLUB,
          sites=[site(n) for n in READING_NEIGHBOURHOODS[:5]])
programme(slug='camp-lecture-vacances', provider='lire-au-senegal', fr='Camp de lecture des vacances',
          en='Holiday reading camp', kind='Camp', modality=['InPerson'], langs=['fr', 'wo'],
          develops=['LIT-18', 'LIT-21', 'LIT-28', 'LIT-34'], ages=(8, 12), capacity=(30, 40),
          slots=[(WEEKDAYS, '09:00', '12:30')], dates=('2027-07-19', '2027-08-13'), cost=2,
          materials=('Un cahier', 'An exercise book'), evidence=WORKSHOP,
          sites=[site('thies-randoulene'), site('mbour-grand-mbour'), site('tivaouane'), site('joal')])

programme(slug='kit-lecture-maison', provider='lire-au-senegal', fr='Kit de lecture à la maison',
          en='Take-home reading kit', kind='ReadingProgramme', modality=['Offline'], langs=['wo', 'fr'],
          develops=['LIT-10', 'LIT-11', 'LIT-13'], ages=(5, 8), capacity=(60, 120),
          materials=('Kit fourni : livrets, cartes-lettres, guide pour les parents',
                     'Kit provided: booklets, letter cards, a guide for parents'),
          evidence=CLUB, sites=[site(n, label=f'retrait à {TOWNS[n][0]}', label_en=f'collect in {TOWNS[n][0]}')
                                for n in READING_NEIGHBOURHOODS[:3]])

# Municipal library: main building and its Nguinth annex.
LIBRARY_SITES = [site('thies-randoulene', 'bibliothèque centrale', label_en='central library'), site('thies-nguinth', 'annexe de Nguinth', label_en='Nguinth branch')]
for slug, fr, en, kind, develops, ages, slots, langs, evidence, extra in [
    ('heure-du-conte', "L'heure du conte", 'Story time', 'ReadingProgramme', ['LIT-01', 'LIT-20', 'ART-01'], (3, 6), [('Saturday', '10:00', '11:00')], ['wo', 'fr'], CLUB, {}),
    ('jeunes-lecteurs', 'Club des jeunes lecteurs', 'Young readers club', 'Club', ['LIT-19', 'LIT-34', 'LS-07'], (9, 14), [('Wednesday', '15:00', '16:30')], ['fr'], CLUB, {}),
    ('coin-numerique', 'Coin numérique : premiers pas sur ordinateur', 'Digital corner: first steps on a computer', 'Workshop', ['SCI-10', 'SCI-12'], (11, 18), [('Tuesday Thursday', '16:00', '17:30')], ['fr', 'wo'], WORKSHOP, {}),
    ('aide-aux-devoirs', 'Aide aux devoirs', 'Homework help', 'RemedialSession', ['LA-07', 'LIT-32', 'NUM-19'], (8, 14), [('Monday Tuesday Thursday', '17:00', '18:30')], ['fr', 'wo'], CLUB, {}),
    ('atelier-ecriture', "Atelier d'écriture", 'Writing workshop', 'Workshop', ['LIT-28', 'ART-10', 'LS-06'], (12, 18), [('Saturday', '14:30', '16:30')], ['fr'], WORKSHOP, {}),
    ('club-echecs', "Club d'échecs et de dames", 'Chess and draughts club', 'Club', ['LA-01', 'LA-05', 'LS-01'], (8, 16), [('Wednesday', '16:30', '18:00'), ('Saturday', '15:00', '17:00')], ['fr', 'wo'], CLUB, {}),
    ('english-corner', 'English Corner', 'English Corner', 'Club', ['LIT-31', 'LIT-30'], (12, 18), [('Friday', '17:00', '18:30')], ['en', 'fr'], CLUB, {}),
]:
    programme(slug=f'bibliotheque-{slug}', provider='bibliotheque-thies', fr=fr, en=en, kind=kind,
              modality=['InPerson'], langs=langs, develops=develops, ages=ages, capacity=(12, 30), slots=slots,
              access=['WheelchairAccessible', 'LargePrint'], evidence=evidence, sites=LIBRARY_SITES, **extra)

programme(slug='bibliotheque-sac-de-lecture', provider='bibliotheque-thies', fr='Sac de lecture à emporter',
          en='Book bag to take home', kind='ReadingProgramme', modality=['Offline'], langs=['fr', 'wo'],
          develops=['LIT-19', 'LIT-34'], ages=(8, 14), capacity=(40, 80),
          materials=('Carte de lecteur gratuite', 'A free library card'), access=['LargePrint'], evidence=CLUB,
          sites=LIBRARY_SITES)

# Scouting units.
SCOUT_SITES = [site('mbour-grand-mbour'), site('joal'), site('thies-medina-fall'), site('tivaouane')]
for slug, fr, en, kind, develops, ages, slots, evidence, extra in [
    ('louveteaux', 'Louveteaux et jeannettes', 'Cub scouts and brownies', 'Club', ['PHY-01', 'SEL-04', 'NAT-01', 'SEL-02'], (7, 11), [('Saturday', '15:00', '18:00')], CLUB, {}),
    ('eclaireurs', 'Troupe des éclaireurs', 'Scout troop', 'Club', ['SEL-09', 'NAT-07', 'LS-04', 'CIT-06'], (12, 16), [('Saturday', '15:00', '18:00'), ('Sunday', '09:00', '12:00')], CLUB, {}),
    ('secourisme', 'Brevet de secourisme', 'First aid badge', 'Workshop', ['PHY-12', 'CIT-11'], (11, 18), [('Sunday', '09:00', '12:00')], WORKSHOP, {'materials': ('Trousse de secours fournie', 'First aid kit provided')}),
    ('reboisement', 'Chantier de reboisement', 'Tree planting work camp', 'Workshop', ['NAT-04', 'CIT-06', 'NAT-11'], (12, 20), [('Saturday', '08:00', '12:00')], WORKSHOP, {'dates': ('2027-07-10', '2027-08-28')}),
    ('camp-ete', "Camp d'été scout", 'Scout summer camp', 'Camp', ['NAT-01', 'PHY-04', 'SEL-04', 'LS-12'], (9, 16), [('Monday Tuesday Wednesday Thursday Friday Saturday', '08:00', '18:00')], CLUB, {'dates': ('2027-08-02', '2027-08-12'), 'cost': 4}),
    ('baignade-sure', 'Baignade en sécurité', 'Safe swimming', 'SportsProgramme', ['PHY-04', 'PHY-15'], (8, 15), [('Sunday', '08:00', '10:00')], WORKSHOP, {'dates': ('2027-05-02', '2027-09-26')}),
]:
    extra.setdefault('cost', 0.5)
    programme(slug=f'scouts-{slug}', provider='eclaireurs-cayor', fr=fr, en=en, kind=kind, modality=['InPerson'],
              langs=['fr', 'wo'], develops=develops, ages=ages, capacity=(20, 40), slots=slots, evidence=evidence,
              sites=SCOUT_SITES, **extra)

# Youth and culture centre, with an outpost in Mbour.
MJC_SITES = [site('tivaouane', 'MJC de Tivaouane', label_en='Tivaouane youth centre'), site('mbour-saly', 'antenne de Saly', label_en='Saly outpost')]
for slug, fr, en, kind, develops, ages, slots, cost in [
    ('theatre', 'Atelier théâtre', 'Drama workshop', 'Workshop', ['ART-07', 'LIT-30', 'ART-12'], (10, 18), [('Wednesday', '16:00', '18:00'), ('Saturday', '10:00', '12:00')], 1),
    ('sabar', 'Percussions sabar', 'Sabar drumming', 'Club', ['ART-02', 'ART-03', 'ART-12'], (8, 18), [('Tuesday Thursday', '17:00', '18:30')], 1.5),
    ('danse', 'Danse traditionnelle et hip-hop', 'Traditional and hip-hop dance', 'Club', ['ART-08', 'PHY-15', 'ART-09'], (8, 18), [('Friday', '17:00', '19:00')], 1),
    ('dessin', 'Dessin, peinture et récup’art', 'Drawing, painting and upcycled art', 'Workshop', ['ART-04', 'ART-05', 'LS-05'], (6, 14), [('Wednesday', '15:00', '17:00')], 1),
    ('football-u12', 'Football des moins de 12 ans', 'Under-12 football', 'SportsProgramme', ['PHY-02', 'PHY-03', 'SEL-04'], (8, 11), [('Tuesday Thursday', '17:00', '18:30')], 0.5),
    ('football-u15', 'Football des moins de 15 ans', 'Under-15 football', 'SportsProgramme', ['PHY-03', 'SEL-04', 'PHY-15'], (12, 14), [('Monday Wednesday', '17:30', '19:00')], 0.5),
    ('basket-filles', 'Basket féminin', "Girls' basketball", 'SportsProgramme', ['PHY-02', 'PHY-03', 'LS-12'], (10, 17), [('Saturday', '16:00', '18:00')], 0),
    ('conseil-enfants', 'Conseil municipal des enfants', "Children's municipal council", 'Club', ['CIT-04', 'CIT-05', 'CIT-10'], (11, 17), [('Saturday', '10:00', '12:00')], 0),
    ('cine-debat', 'Ciné-débat', 'Film and discussion', 'Club', ['LS-07', 'LS-08', 'LS-09'], (12, 18), [('Friday', '20:00', '22:00')], 0),
    ('eveil-musical', 'Éveil musical des petits', 'Music for little ones', 'Club', ['ART-01', 'ART-02', 'PHY-01'], (3, 6), [('Saturday', '09:00', '10:00')], 0.5),
]:
    programme(slug=f'mjc-{slug}', provider='mjc-tivaouane', fr=fr, en=en, kind=kind, modality=['InPerson'],
              langs=['wo', 'fr'], develops=develops, ages=ages, capacity=(15, 35), slots=slots, cost=cost,
              evidence=CLUB if kind != 'Workshop' else WORKSHOP,
              access=['GirlsOnly'] if slug == 'basket-filles' else [], sites=MJC_SITES)

# Community health committee: village health clubs.
HEALTH_VILLAGES = ['pout', 'keur-moussa', 'diender', 'kayar', 'notto']
for slug, fr, en, develops, ages, slots, langs, access in [
    ('club-hygiene', 'Club santé-hygiène', 'Health and hygiene club', ['PHY-06', 'PHY-07', 'PHY-08', 'PHY-10'], (7, 12), [('Wednesday', '16:00', '17:30')], ['wo', 'srr'], []),
    ('nutrition', 'Causerie nutrition parents-enfants', 'Nutrition talks for parents and children', ['PHY-09', 'PHY-08'], (5, 12), [('Sunday', '16:00', '17:30')], ['wo', 'srr'], ['ChildcareProvided']),
    ('sante-ados', 'Club santé des ados', 'Teen health club', ['PHY-13', 'PHY-14', 'LS-19', 'LS-20'], (12, 18), [('Saturday', '16:00', '17:30')], ['wo', 'fr'], []),
    ('premiers-secours', 'Premiers secours au village', 'First aid in the village', ['PHY-12', 'CIT-11', 'PHY-11'], (12, 18), [('Sunday', '10:00', '12:00')], ['wo', 'srr'], []),
]:
    programme(slug=f'sante-{slug}', provider='sante-communautaire-pout', fr=fr, en=en, kind='Club',
              modality=['InPerson'], langs=langs, develops=develops, ages=ages, capacity=(15, 30), slots=slots,
              access=access, evidence=WORKSHOP, sites=[site(v) for v in HEALTH_VILLAGES])

# Private coding school: each course runs on weekday evenings, on Saturdays, and as a holiday bootcamp.
CODE_SESSIONS = [
    dict(slug='soir', label='cours du soir', label_en='evening class', place=TOWNS['thies-hersent'], slots=[('Tuesday Thursday', '17:30', '19:00')]),
    dict(slug='samedi', label='le samedi', label_en='Saturdays', place=TOWNS['thies-hersent'], slots=[('Saturday', '09:00', '12:00')]),
    dict(slug='mbour', label='à Mbour', label_en='in Mbour', place=TOWNS['mbour-liberte'], slots=[('Saturday', '14:00', '17:00')]),
]
for slug, fr, en, develops, ages, cost, langs, modality in [
    ('scratch-junior', 'Mes premiers programmes avec ScratchJr', 'My first programs with ScratchJr', ['SCI-13', 'SCI-14'], (7, 10), 12, ['fr', 'wo'], ['InPerson']),
    ('initiation-informatique', "Initiation à l'informatique", 'Computer basics', ['SCI-10', 'SCI-12'], (10, 18), 10, ['fr', 'wo'], ['InPerson']),
    ('robotique', 'Robotique et électronique', 'Robotics and electronics', ['SCI-08', 'SCI-15', 'SCI-14'], (11, 17), 25, ['fr'], ['InPerson']),
    ('tableur-budget', 'Tableur et budget', 'Spreadsheets and budgets', ['SCI-16', 'CIT-07'], (14, 20), 15, ['fr'], ['InPerson', 'Online']),
    ('securite-en-ligne', 'Internet en sécurité', 'Staying safe online', ['SCI-11', 'LS-08'], (11, 17), 8, ['fr', 'wo'], ['InPerson', 'Online']),
    ('photo-video', 'Photo et vidéo au téléphone', 'Phone photography and video', ['ART-11', 'LS-06'], (12, 20), 10, ['fr'], ['InPerson']),
    ('coding-english', 'Coding in English', 'Coding in English', ['SCI-14', 'LIT-31'], (12, 17), 20, ['en'], ['InPerson']),
]:
    programme(slug=f'kercode-{slug}', provider='ker-code', fr=fr, en=en, kind='Workshop', modality=modality,
              langs=langs, develops=develops, ages=ages, capacity=(10, 16), cost=cost,
              materials=('Ordinateurs fournis sur place', 'Computers provided on site'), evidence=WORKSHOP,
              access=['WheelchairAccessible'], dates=('2026-10-10', '2027-06-26'), sites=CODE_SESSIONS)

# Franco-Arabic daaras.
DAARA_SITES = [site('tivaouane', 'Tivaouane, Keur Mbaye Sy'), site('thies-medina-fall'), site('pout')]
for slug, fr, en, develops, ages, slots, cost in [
    ('alphabet-arabe', 'Lecture et écriture en arabe', 'Reading and writing in Arabic', ['LIT-10', 'LIT-11', 'LIT-12', 'LIT-25'], (5, 9), [(WEEKDAYS, '08:00', '10:00')], 3),
    ('memorisation', 'Mémorisation et récitation', 'Memorisation and recitation', ['LA-04', 'LA-06', 'LA-01'], (6, 14), [('Monday Tuesday Wednesday Thursday Saturday Sunday', '06:30', '08:00')], 3),
    ('calcul-daara', 'Calcul', 'Arithmetic', ['NUM-07', 'NUM-10', 'NUM-11', 'NUM-31'], (7, 12), [(WEEKDAYS, '10:30', '12:00')], 2),
    ('education-morale', 'Éducation civique et morale', 'Civic and moral education', ['SEL-08', 'CIT-03', 'LS-16'], (8, 14), [('Thursday', '15:00', '17:00')], 0),
]:
    programme(slug=f'daara-{slug}', provider='daara-tivaouane', fr=fr, en=en, kind='SchoolClass',
              modality=['InPerson'], langs=['ar', 'wo', 'fr'] if slug != 'alphabet-arabe' else ['ar', 'wo'],
              develops=develops, ages=ages, capacity=(30, 50), slots=slots, cost=cost, dates=SCHOOL_YEAR,
              materials=('Tablette en bois ou cahier', 'Wooden writing board or exercise book'), evidence=SCHOOL,
              sites=DAARA_SITES)

# Environmental NGO, mostly at partner schools.
GREEN_SITES = [site('thies-cite-lamy', 'École Cité Lamy'), site('khombole', 'École Khombole 2'),
               site('joal', 'École Joal Escale'), site('ngoundiane')]
for slug, fr, en, kind, develops, ages, slots, extra in [
    ('jardin-scolaire', 'Jardin scolaire', 'School garden', 'Club', ['NAT-02', 'NAT-03', 'SCI-05', 'PHY-09'], (8, 14), [('Wednesday', '15:00', '17:00')], {}),
    ('brigade-verte', 'Brigade verte : tri et compost', 'Green brigade: sorting and composting', 'Club', ['NAT-05', 'NAT-10', 'CIT-06'], (10, 16), [('Saturday', '09:00', '11:00')], {}),
    ('reboisement-filao', 'Reboisement de la bande de filaos', 'Replanting the casuarina belt', 'Workshop', ['NAT-04', 'NAT-11'], (12, 20), [('Sunday', '08:00', '11:00')], {'dates': ('2027-07-15', '2027-09-15')}),
    ('eco-club-climat', 'Éco-club climat', 'Climate eco-club', 'Club', ['NAT-08', 'NAT-09', 'NAT-12'], (11, 17), [('Thursday', '16:00', '17:30')], {}),
    ('sortie-mangrove', 'Découverte de la mangrove', 'Discovering the mangrove', 'Workshop', ['NAT-01', 'NAT-07', 'SCI-01'], (8, 15), [('Saturday', '08:00', '13:00')], {'cost': 1}),
]:
    programme(slug=f'jardins-verts-{slug}', provider='jardins-verts-cayor', fr=fr, en=en, kind=kind,
              modality=['InPerson'], langs=['wo', 'fr'] if slug != 'sortie-mangrove' else ['srr', 'fr'],
              develops=develops, ages=ages, capacity=(20, 35), slots=slots,
              materials=('Chapeau et gourde', 'A hat and a water bottle'), evidence=WORKSHOP, sites=GREEN_SITES, **extra)

# Girls' empowerment NGO: safe spaces, mentoring and an SMS course.
GIRLS_SITES = [site('mbour-liberte'), site('joal'), site('thies-grand-thies'), site('tivaouane')]
for slug, fr, en, kind, develops, ages, slots in [
    ('espace-sur', 'Espace sûr des filles', "Girls' safe space", 'Club', ['LS-13', 'LS-14', 'LS-10', 'PHY-13'], (10, 14), [('Saturday', '15:00', '17:00')]),
    ('leadership', 'Leadership et prise de parole', 'Leadership and public speaking', 'Workshop', ['LIT-30', 'SEL-09', 'CIT-10', 'CIT-09'], (14, 19), [('Sunday', '15:00', '17:30')]),
    ('tontine', 'Éducation financière : la tontine des filles', "Financial education: the girls' savings group", 'Club', ['CIT-07', 'CIT-08', 'NUM-24'], (14, 19), [('Wednesday', '17:00', '18:30')]),
    ('orientation', 'Orientation et métiers', 'Careers and next steps', 'Workshop', ['CIT-12', 'LS-02'], (15, 19), [('Saturday', '10:00', '12:30')]),
    ('mentorat', 'Mentorat par une grande sœur', 'Big sister mentoring', 'Mentoring', ['LS-14', 'LS-02', 'SEL-11'], (12, 18), [('Sunday', '10:00', '11:30')]),
]:
    programme(slug=f'jigeen-{slug}', provider='jigeen-ci-kanam', fr=fr, en=en, kind=kind, modality=['InPerson'],
              langs=['wo', 'fr'], develops=develops, ages=ages, capacity=(15, 25), slots=slots,
              access=['GirlsOnly', 'ChildcareProvided'], evidence=WORKSHOP, sites=GIRLS_SITES)
programme(slug='jigeen-xam-xam-sms', provider='jigeen-ci-kanam', fr='Xam-xam ci SMS : ma santé, mes choix',
          en='Know-how by SMS: my health, my choices', kind='SmsCourse', modality=['SMS'], langs=['wo'],
          develops=['LS-01', 'LS-10', 'PHY-14'], ages=(13, 19), capacity=(1000, 3000),
          materials=('Un téléphone qui reçoit les SMS', 'A phone that receives SMS'), evidence=SMS,
          sites=[dict(slug='wo', label='ci wolof', label_en='in Wolof', place=None, langs=['wo']),
                 dict(slug='fr', label='en français', label_en='in French', place=None, langs=['fr']),
                 dict(slug='srr', label='en sérère', label_en='in Serer', place=None, langs=['srr'])])

# Private tutoring centre (paid remedial sessions).
TUTORING_SITES = [dict(slug='thies', label='Thiès', place=TOWNS['thies-grand-thies']),
                  dict(slug='mbour', label='Mbour', place=TOWNS['mbour-grand-mbour'])]
for slug, fr, en, develops, ages, slots, cost in [
    ('lecture-ce', 'Soutien en lecture, CE1-CE2', 'Reading support, grades 3-4', ['LIT-17', 'LIT-18', 'LIT-21'], (8, 10), [('Monday Wednesday', '17:00', '18:30')], 8),
    ('francais-cm', 'Soutien en français, CM1-CM2', 'French support, grades 5-6', ['LIT-22', 'LIT-23', 'LIT-28'], (10, 12), [('Tuesday Thursday', '17:00', '18:30')], 10),
    ('maths-ce', 'Soutien en mathématiques, CE1-CE2', 'Maths support, grades 3-4', ['NUM-13', 'NUM-15', 'NUM-19'], (8, 10), [('Tuesday Thursday', '17:00', '18:30')], 8),
    ('maths-cm', 'Soutien en mathématiques, CM1-CM2', 'Maths support, grades 5-6', ['NUM-20', 'NUM-22', 'NUM-33'], (10, 12), [('Monday Wednesday', '17:00', '18:30')], 10),
    ('prepa-cfee', "Préparation à l'examen du CFEE", 'Primary leaving exam preparation', ['LIT-23', 'NUM-20', 'NUM-24', 'LA-07'], (11, 13), [('Saturday', '08:30', '12:30')], 15),
    ('methodes', 'Apprendre à apprendre', 'Learning how to learn', ['LA-05', 'LA-06', 'LA-07', 'SEL-11'], (10, 15), [('Saturday', '14:00', '16:00')], 6),
    ('anglais', 'Anglais pour débutants', 'English for beginners', ['LIT-31'], (10, 16), [('Wednesday', '15:00', '17:00')], 9),
    ('vacances', 'Cours de vacances', 'Holiday classes', ['LIT-21', 'NUM-13', 'NUM-19'], (8, 12), [(WEEKDAYS, '09:00', '12:00')], 12),
]:
    programme(slug=f'excellence-{slug}', provider='cours-excellence', fr=fr, en=en, kind='RemedialSession',
              modality=['InPerson'], langs=['fr'] if slug != 'anglais' else ['en', 'fr'], develops=develops,
              ages=ages, capacity=(8, 15), slots=slots, cost=cost,
              dates=('2027-07-12', '2027-08-27') if slug == 'vacances' else SCHOOL_YEAR,
              materials=('Cahier et manuel de la classe', 'Exercise book and class textbook'), evidence=WORKSHOP,
              sites=TUTORING_SITES)

# Rules by activity type: subtasks of early grade reading and mathematics assessments (EGRA, EGMA).
TYPE_RULES = [
    ('egra-letter-sounds', 'LIT-11', 'passed', '0.90'),
    ('egra-letter-sounds', 'LIT-11', 'failed', '0.70'),
    ('egra-phonemic-awareness', 'LIT-09', 'passed', '0.90'),
    ('egra-familiar-words', 'LIT-14', 'passed', '0.90'),
    ('egra-nonwords', 'LIT-15', 'passed', '0.90'),
    ('egra-nonwords', 'LIT-15', 'failed', '0.70'),
    ('egra-oral-reading-fluency', 'LIT-19', 'passed', '0.90'),
    ('egra-oral-reading-fluency', 'LIT-19', 'failed', '0.70'),
    ('egra-reading-comprehension', 'LIT-21', 'passed', '0.90'),
    ('egra-listening-comprehension', 'LIT-20', 'passed', '0.90'),
    ('egma-number-identification', 'NUM-03', 'passed', '0.90'),
    ('egma-quantity-discrimination', 'NUM-04', 'passed', '0.90'),
    ('egma-missing-number', 'NUM-08', 'passed', '0.90'),
    ('egma-addition', 'NUM-12', 'passed', '0.90'),
    ('egma-addition', 'NUM-12', 'failed', '0.70'),
    ('egma-subtraction', 'NUM-11', 'passed', '0.90'),
    ('egma-word-problems', 'NUM-19', 'passed', '0.90'),
    ('egma-word-problems', 'NUM-19', 'failed', '0.70'),
]
