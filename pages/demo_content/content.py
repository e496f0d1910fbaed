"""Demo content of the ACOPAGRO site, in French and Spanish.

Pure data, read by the ``load_demo_content`` command. Every fact and figure comes from
the team's facts file (shared/content/facts.md, outside this repository); the prose is
the site's own. Every translated value is a dict ``{"fr": ..., "es": ...}``; page bodies
are lists of ``(block_type, value)`` tuples.
"""

SOURCE = {
    "fr": "ACOPAGRO, présentation de la coopérative",
    "es": "ACOPAGRO, presentación de la cooperativa",
}
AS_OF = "2025-06-30"


# --- Impact figures --------------------------------------------------------------------

FIGURES = [
    {
        "key": "member-families",
        "value": "2000",
        "is_minimum": True,
        "unit": "families",
        "category": "members",
        "sort_order": 10,
        "label": {
            "fr": "productrices, membres de la coopérative",
            "es": "productoras, socias de la cooperativa",
        },
        "description": {
            "fr": (
                "Les membres d’ACOPAGRO sont des familles de producteurs installées dans "
                "quatre provinces de San Martín : Mariscal Cáceres, Huallaga, Bellavista "
                "et Picota."
            ),
            "es": (
                "Los socios de ACOPAGRO son familias productoras de cuatro provincias de "
                "San Martín: Mariscal Cáceres, Huallaga, Bellavista y Picota."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "founding-producers",
        "value": "27",
        "is_minimum": False,
        "unit": "producers",
        "category": "members",
        "sort_order": 20,
        "label": {
            "fr": "à l’origine de l’association, en 1997",
            "es": "fundaron la asociación en 1997",
        },
        "description": {
            "fr": (
                "En 1997, ils créent l’Asociación de Productores Cacaoteros de Tocache pour "
                "remplacer la coca par le cacao biologique. L’association est ensuite "
                "devenue une coopérative à part entière."
            ),
            "es": (
                "En 1997 crearon la Asociación de Productores Cacaoteros de Tocache para "
                "reemplazar la coca por cacao orgánico. Con el tiempo, la asociación se "
                "convirtió en una cooperativa."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "provinces",
        "value": "4",
        "is_minimum": False,
        "unit": "provinces",
        "category": "members",
        "sort_order": 30,
        "label": {
            "fr": "de la région de San Martín où vivent nos membres",
            "es": "de la región San Martín donde viven nuestros socios",
        },
        "description": {
            "fr": (
                "Mariscal Cáceres, Huallaga, Bellavista et Picota : un territoire longtemps "
                "marqué par les cultures illicites et l’isolement, aujourd’hui terre de cacao."
            ),
            "es": (
                "Mariscal Cáceres, Huallaga, Bellavista y Picota: un territorio marcado por "
                "los cultivos ilícitos y el aislamiento, que hoy es tierra de cacao."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "fermentation-modules",
        "value": "45",
        "is_minimum": False,
        "unit": "modules",
        "category": "quality",
        "sort_order": 10,
        "label": {
            "fr": "où le cacao frais est traité de façon centralisée",
            "es": "donde el cacao en baba se procesa de forma centralizada",
        },
        "description": {
            "fr": (
                "Le cacao est collecté frais, en baba, puis fermenté dans ces modules "
                "spécialisés, ce qui assure un profil aromatique régulier."
            ),
            "es": (
                "El cacao se acopia fresco, en baba, y se fermenta en estos módulos "
                "especializados, lo que asegura un perfil aromático homogéneo."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "biotechnicians",
        "value": "30",
        "is_minimum": False,
        "unit": "people",
        "category": "quality",
        "sort_order": 20,
        "label": {
            "fr": "biotechniciens qui accompagnent les producteurs sur le terrain",
            "es": "biotécnicos que acompañan a los productores en campo",
        },
        "description": {
            "fr": (
                "Ces promoteurs agronomes forment les familles aux bonnes pratiques "
                "agricoles, avec l’appui d’une équipe technique expérimentée."
            ),
            "es": (
                "Estos promotores agrónomos capacitan a las familias en buenas prácticas "
                "agrícolas, con el respaldo de un equipo técnico con experiencia."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "trees-planted",
        "value": "3000000",
        "is_minimum": True,
        "unit": "trees",
        "category": "forest",
        "sort_order": 10,
        "label": {
            "fr": "plantés depuis 2008 sur des terres dégradées",
            "es": "sembrados desde 2008 en tierras degradadas",
        },
        "description": {
            "fr": (
                "Total des programmes de reforestation communautaire menés depuis 2008 avec "
                "des partenaires comme Pur Projet, HALBA, NCG et Fairtrade Canada."
            ),
            "es": (
                "Total de los programas de reforestación comunitaria desarrollados desde "
                "2008 con aliados como Pur Projet, HALBA, NCG y Fairtrade Canadá."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "alto-huayabamba-trees",
        "value": "2000000",
        "is_minimum": False,
        "unit": "trees",
        "category": "forest",
        "sort_order": 20,
        "label": {
            "fr": "replantés en agroforesterie dans le projet Alto Huayabamba",
            "es": "replantados en sistemas agroforestales en el proyecto Alto Huayabamba",
        },
        "description": {
            "fr": (
                "Le projet Alto Huayabamba, mené avec Pur Projet, fait partie des programmes "
                "de reforestation de la coopérative."
            ),
            "es": (
                "El proyecto Alto Huayabamba, desarrollado con Pur Projet, forma parte de "
                "los programas de reforestación de la cooperativa."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "forest-protected",
        "value": "380000",
        "is_minimum": False,
        "unit": "hectares",
        "category": "forest",
        "sort_order": 30,
        "label": {
            "fr": "de forêt primaire protégés dans l’Alto Huayabamba",
            "es": "de bosque primario protegidas en el Alto Huayabamba",
        },
        "description": {
            "fr": (
                "Surface de forêt primaire protégée par le projet Alto Huayabamba, mené "
                "avec Pur Projet."
            ),
            "es": (
                "Superficie de bosque primario protegida por el proyecto Alto Huayabamba, "
                "desarrollado con Pur Projet."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "zero-deforestation-area",
        "value": "8000",
        "is_minimum": True,
        "unit": "hectares",
        "category": "forest",
        "sort_order": 40,
        "label": {
            "fr": "engagés dans des projets de cacao « zéro déforestation »",
            "es": "comprometidas en proyectos de cacao «cero deforestación»",
        },
        "description": {
            "fr": (
                "Projets menés avec Solidaridad et Proforest/TFA pour intégrer les petits "
                "producteurs dans des filières traçables, équitables et compatibles avec "
                "le climat."
            ),
            "es": (
                "Proyectos desarrollados con Solidaridad y Proforest/TFA para integrar a los "
                "pequeños productores en cadenas trazables, justas y compatibles con el clima."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
    {
        "key": "co2-sequestered",
        "value": "700000",
        "is_minimum": True,
        "unit": "tonnes-co2",
        "category": "climate",
        "sort_order": 10,
        "label": {
            "fr": "séquestrées grâce au projet Alto Huayabamba",
            "es": "secuestradas gracias al proyecto Alto Huayabamba",
        },
        "description": {
            "fr": (
                "Les crédits carbone certifiés issus du projet compensent les émissions de "
                "nombreux partenaires et apportent un revenu aux familles."
            ),
            "es": (
                "Los créditos de carbono certificados del proyecto compensan las emisiones "
                "de numerosos aliados y generan ingresos para las familias."
            ),
        },
        "source": SOURCE,
        "source_url": "",
        "as_of": AS_OF,
    },
]


# --- Snippets --------------------------------------------------------------------------

# Approximate coordinates of each province's capital: Juanjuí, Saposoa, Bellavista, Picota.
PROVINCES = [
    {"name": "Mariscal Cáceres", "latitude": "-7.1800", "longitude": "-76.7300"},
    {"name": "Huallaga", "latitude": "-6.9350", "longitude": "-76.7700"},
    {"name": "Bellavista", "latitude": "-7.0550", "longitude": "-76.5900"},
    {"name": "Picota", "latitude": "-6.9200", "longitude": "-76.3300"},
]

ALL_PROVINCES = ["Mariscal Cáceres", "Huallaga", "Bellavista", "Picota"]

PARTNERS = [
    {
        "name": "Pur Projet",
        "url": "https://www.purprojet.com/",
        "description": {
            "fr": (
                "Entreprise qui conçoit avec des communautés agricoles des projets de "
                "reforestation et d’agroforesterie. Partenaire du projet Alto Huayabamba "
                "depuis son lancement en 2008."
            ),
            "es": (
                "Empresa que desarrolla junto con comunidades agrícolas proyectos de "
                "reforestación y agroforestería. Aliada del proyecto Alto Huayabamba desde "
                "su lanzamiento en 2008."
            ),
        },
    },
    {
        "name": "HALBA",
        "url": "https://www.halba.ch/",
        "description": {
            "fr": (
                "Fabricant de chocolat suisse, partenaire des programmes de reforestation "
                "communautaire de la coopérative."
            ),
            "es": (
                "Fabricante suizo de chocolate, aliado de los programas de reforestación "
                "comunitaria de la cooperativa."
            ),
        },
    },
    {
        "name": "NCG",
        "url": "https://www.ncg.coop/",
        "description": {
            "fr": (
                "National Co+op Grocers, coopérative qui réunit des épiceries coopératives "
                "des États-Unis. NCG soutient la reforestation dans la région de San Martín, "
                "notamment à travers le programme Co+op Forest."
            ),
            "es": (
                "National Co+op Grocers, cooperativa que agrupa a tiendas de alimentos "
                "cooperativas de Estados Unidos. NCG apoya la reforestación en la región "
                "San Martín, en particular a través del programa Co+op Forest."
            ),
        },
    },
    {
        "name": "Fairtrade Canada",
        "url": "https://fairtrade.ca/",
        "description": {
            "fr": (
                "L’organisation Fairtrade au Canada, partenaire des programmes de "
                "reforestation communautaire d’ACOPAGRO."
            ),
            "es": (
                "La organización Fairtrade en Canadá, aliada de los programas de "
                "reforestación comunitaria de ACOPAGRO."
            ),
        },
    },
    {
        "name": "Solidaridad",
        "url": "https://www.solidaridadnetwork.org/",
        "description": {
            "fr": (
                "Organisation internationale qui œuvre pour des filières agricoles durables. "
                "Partenaire des projets de cacao « zéro déforestation » de la coopérative."
            ),
            "es": (
                "Organización internacional que promueve cadenas agrícolas sostenibles. "
                "Aliada de los proyectos de cacao «cero deforestación» de la cooperativa."
            ),
        },
    },
    {
        "name": "Proforest / TFA",
        "url": "https://www.proforest.net/",
        "description": {
            "fr": (
                "Proforest accompagne entreprises et producteurs vers un approvisionnement "
                "responsable ; la Tropical Forest Alliance (TFA) rassemble acteurs publics et "
                "privés pour des filières sans déforestation. Partenaires des projets de "
                "cacao « zéro déforestation »."
            ),
            "es": (
                "Proforest acompaña a empresas y productores hacia un abastecimiento "
                "responsable; la Tropical Forest Alliance (TFA) reúne a actores públicos y "
                "privados por cadenas libres de deforestación. Aliados de los proyectos de "
                "cacao «cero deforestación»."
            ),
        },
    },
]

CERTIFICATIONS = [
    {
        "key": "organic",
        "name": {"fr": "Agriculture biologique", "es": "Agricultura orgánica"},
        "year": None,
        "url": "",
        "sort_order": 10,
        "description": {
            "fr": (
                "Le cacao est cultivé sans intrants chimiques, dans des systèmes "
                "agroforestiers diversifiés qui entretiennent la fertilité des sols."
            ),
            "es": (
                "El cacao se cultiva sin insumos químicos, en sistemas agroforestales "
                "diversificados que mantienen la fertilidad del suelo."
            ),
        },
    },
    {
        "key": "fairtrade",
        "name": {"fr": "Fairtrade (commerce équitable)", "es": "Fairtrade (comercio justo)"},
        "year": 2004,
        "url": "https://www.fairtrade.net/",
        "sort_order": 20,
        "description": {
            "fr": (
                "Certifiée commerce équitable depuis 2004. Chaque année, les primes du "
                "commerce équitable sont réinvesties dans des programmes sociaux pour les "
                "membres et leurs communautés."
            ),
            "es": (
                "Certificada en comercio justo desde 2004. Cada año, las primas del comercio "
                "justo se reinvierten en programas sociales para los socios y sus comunidades."
            ),
        },
    },
    {
        "key": "demeter",
        "name": {
            "fr": "Demeter (agriculture biodynamique)",
            "es": "Demeter (agricultura biodinámica)",
        },
        "year": 2025,
        "url": "https://www.demeter.net/",
        "sort_order": 30,
        "description": {
            "fr": (
                "En février 2025, ACOPAGRO est devenue la première coopérative du Pérou "
                "certifiée Demeter, le label de l’agriculture biodynamique."
            ),
            "es": (
                "En febrero de 2025, ACOPAGRO se convirtió en la primera cooperativa del Perú "
                "con certificación Demeter, el sello de la agricultura biodinámica."
            ),
        },
    },
]


# --- Images (generated illustrations) ---------------------------------------------------

IMAGES = [
    {
        "key": "hero",
        "title": "Cacao pods on the tree",
        "motif": "pod",
        "description": {
            "fr": "Illustration : cabosses de cacao jaunes et rouges accrochées au tronc d’un cacaoyer, dans le feuillage",
            "es": "Ilustración: mazorcas de cacao amarillas y rojas en el tronco de un árbol de cacao, entre el follaje",
        },
    },
    {
        "key": "cacao-pods",
        "title": "Ripe cacao pods",
        "motif": "pod",
        "description": {
            "fr": "Illustration : cabosses de cacao mûres sur un cacaoyer",
            "es": "Ilustración: mazorcas de cacao maduras en un árbol de cacao",
        },
    },
    {
        "key": "agroforestry",
        "title": "Agroforestry plot",
        "motif": "forest",
        "description": {
            "fr": "Illustration : arbres de tailles variées sur des collines verdoyantes, évoquant une parcelle agroforestière",
            "es": "Ilustración: árboles de distintos tamaños sobre colinas verdes, que evocan una parcela agroforestal",
        },
    },
    {
        "key": "primary-forest",
        "title": "Forest canopy",
        "motif": "forest",
        "description": {
            "fr": "Illustration : couvert forestier en étages sur des collines, évoquant la forêt amazonienne",
            "es": "Ilustración: dosel forestal en varios niveles sobre colinas, que evoca el bosque amazónico",
        },
    },
    {
        "key": "fermentation",
        "title": "Cacao beans fermenting",
        "motif": "beans",
        "description": {
            "fr": "Illustration : fèves de cacao en fermentation dans des caisses en bois",
            "es": "Ilustración: granos de cacao fermentando en cajones de madera",
        },
    },
    {
        "key": "river",
        "title": "River between green hills",
        "motif": "river",
        "description": {
            "fr": "Illustration : une rivière qui serpente entre des collines vertes",
            "es": "Ilustración: un río que avanza entre colinas verdes",
        },
    },
    {
        "key": "nursery",
        "title": "Tree nursery",
        "motif": "seedlings",
        "description": {
            "fr": "Illustration : rangées de jeunes plants d’arbres dans une pépinière",
            "es": "Ilustración: hileras de plantones de árboles en un vivero",
        },
    },
    {
        "key": "community",
        "title": "Members of the cooperative",
        "motif": "people",
        "description": {
            "fr": "Illustration : un groupe de personnes stylisées, côte à côte",
            "es": "Ilustración: un grupo de personas estilizadas, una al lado de la otra",
        },
    },
    {
        "key": "youth",
        "title": "Young people of the cooperative",
        "motif": "people",
        "description": {
            "fr": "Illustration : silhouettes stylisées d’un groupe de personnes, évoquant les jeunes de la coopérative",
            "es": "Ilustración: siluetas estilizadas de un grupo de personas, que evocan a los jóvenes de la cooperativa",
        },
    },
    {
        "key": "women",
        "title": "Women of the cooperative",
        "motif": "people",
        "description": {
            "fr": "Illustration : silhouettes stylisées d’un groupe de personnes, évoquant les productrices de la coopérative",
            "es": "Ilustración: siluetas estilizadas de un grupo de personas, que evocan a las productoras de la cooperativa",
        },
    },
    {
        "key": "school",
        "title": "Rural school",
        "motif": "school",
        "description": {
            "fr": "Illustration : une petite école au toit rouge entourée de collines",
            "es": "Ilustración: una pequeña escuela de techo rojo rodeada de colinas",
        },
    },
    {
        "key": "fields",
        "title": "Sun over the fields",
        "motif": "sun",
        "description": {
            "fr": "Illustration : le soleil au-dessus de collines cultivées et d’une rangée d’arbres",
            "es": "Ilustración: el sol sobre colinas cultivadas y una hilera de árboles",
        },
    },
    {
        "key": "territory-map",
        "title": "Map of the four provinces",
        "motif": "map",
        "description": {
            "fr": "Illustration : carte stylisée d’une région divisée en quatre zones de couleur, traversée par une rivière",
            "es": "Ilustración: mapa estilizado de una región dividida en cuatro zonas de color, atravesada por un río",
        },
    },
]


# --- Home page -------------------------------------------------------------------------

HOME = {
    "title": {
        "fr": "Un cacao biologique et équitable, né de la forêt amazonienne",
        "es": "Cacao orgánico y de comercio justo, nacido del bosque amazónico",
    },
    "seo_title": {
        "fr": "ACOPAGRO – Coopérative de cacao biologique et équitable, San Martín, Pérou",
        "es": "ACOPAGRO – Cooperativa de cacao orgánico y de comercio justo, San Martín, Perú",
    },
    "search_description": {
        "fr": (
            "ACOPAGRO réunit plus de 2 000 familles productrices de cacao biologique et "
            "équitable dans la région de San Martín, en Amazonie péruvienne."
        ),
        "es": (
            "ACOPAGRO reúne a más de 2.000 familias productoras de cacao orgánico y de "
            "comercio justo en la región San Martín, en la Amazonía peruana."
        ),
    },
    "intro": {
        "fr": (
            "Depuis 1997, les familles d’ACOPAGRO cultivent le cacao sur des terres où l’on "
            "cultivait autrefois la coca. Plus de 2 000 familles de quatre provinces de San "
            "Martín produisent aujourd’hui un cacao biologique, équitable et traçable, dans "
            "des systèmes agroforestiers qui protègent la forêt."
        ),
        "es": (
            "Desde 1997, las familias de ACOPAGRO cultivan cacao en tierras donde antes se "
            "sembraba coca. Hoy, más de 2.000 familias de cuatro provincias de San Martín "
            "producen un cacao orgánico, de comercio justo y trazable, en sistemas "
            "agroforestales que cuidan el bosque."
        ),
    },
    "hero_call_to_action": {
        "fr": "Découvrir notre histoire",
        "es": "Conozca nuestra historia",
    },
    "image": "hero",
    "figures": ["member-families", "trees-planted", "forest-protected", "co2-sequestered"],
}


# --- History ---------------------------------------------------------------------------

HISTORY = {
    "type": "HistoryPage",
    "slug": {"fr": "histoire", "es": "historia"},
    "show_in_menus": True,
    "title": {"fr": "Notre histoire", "es": "Nuestra historia"},
    "seo_title": {
        "fr": "Histoire d’ACOPAGRO, de 1997 à aujourd’hui",
        "es": "Historia de ACOPAGRO, de 1997 a hoy",
    },
    "search_description": {
        "fr": (
            "De 27 producteurs en 1997 à plus de 2 000 familles : comment le cacao "
            "biologique a remplacé la coca dans la région de San Martín."
        ),
        "es": (
            "De 27 productores en 1997 a más de 2.000 familias: cómo el cacao orgánico "
            "reemplazó a la coca en la región San Martín."
        ),
    },
    "intro": {
        "fr": (
            "ACOPAGRO est née d’un pari : faire du cacao biologique une alternative durable "
            "à la coca. En près de trente ans, une association de 27 producteurs est devenue "
            "une coopérative de plus de 2 000 familles, reconnue pour la qualité de son cacao "
            "et son engagement pour la forêt."
        ),
        "es": (
            "ACOPAGRO nació de una apuesta: hacer del cacao orgánico una alternativa duradera "
            "a la coca. En casi treinta años, una asociación de 27 productores se convirtió "
            "en una cooperativa de más de 2.000 familias, reconocida por la calidad de su "
            "cacao y su compromiso con el bosque."
        ),
    },
    "image": "river",
    "milestones": [
        {
            "year": 1997,
            "title": {
                "fr": "Vingt-sept producteurs fondent l’association",
                "es": "Veintisiete productores fundan la asociación",
            },
            "text": {
                "fr": (
                    "Vingt-sept producteurs créent l’Asociación de Productores Cacaoteros de "
                    "Tocache, avec un but précis : remplacer la coca par le cacao biologique. "
                    "L’association deviendra ensuite une coopérative à part entière, se "
                    "professionnalisera et s’étendra à quatre provinces de San Martín."
                ),
                "es": (
                    "Veintisiete productores crean la Asociación de Productores Cacaoteros de "
                    "Tocache con un objetivo claro: reemplazar la coca por el cacao orgánico. "
                    "Más adelante, la asociación se convertirá en cooperativa, se "
                    "profesionalizará y llegará a cuatro provincias de San Martín."
                ),
            },
            "image": "community",
        },
        {
            "year": 2004,
            "title": {
                "fr": "Certifiée commerce équitable",
                "es": "Certificación de comercio justo",
            },
            "text": {
                "fr": (
                    "La coopérative obtient la certification du commerce équitable. Les primes "
                    "qui l’accompagnent sont réinvesties chaque année dans des projets "
                    "collectifs : écoles, ponts, santé, formation."
                ),
                "es": (
                    "La cooperativa obtiene la certificación de comercio justo. Las primas que "
                    "la acompañan se reinvierten cada año en proyectos colectivos: escuelas, "
                    "puentes, salud y capacitación."
                ),
            },
            "image": None,
        },
        {
            "year": 2008,
            "title": {
                "fr": "Les premiers arbres de la reforestation",
                "es": "Los primeros árboles de la reforestación",
            },
            "text": {
                "fr": (
                    "ACOPAGRO lance ses programmes de reforestation communautaire et, avec "
                    "Pur Projet, le projet Alto Huayabamba, qui associe replantation en "
                    "agroforesterie et protection de la forêt primaire."
                ),
                "es": (
                    "ACOPAGRO inicia sus programas de reforestación comunitaria y, con Pur "
                    "Projet, el proyecto Alto Huayabamba, que combina la reforestación "
                    "agroforestal con la protección del bosque primario."
                ),
            },
            "image": "nursery",
        },
        {
            "year": 2011,
            "title": {
                "fr": "Alto Huayabamba validé selon le standard VCS",
                "es": "Alto Huayabamba, validado bajo el estándar VCS",
            },
            "text": {
                "fr": (
                    "En décembre, le projet Alto Huayabamba est validé selon le Verified "
                    "Carbon Standard (VCS). Le carbone séquestré par les arbres peut désormais "
                    "être valorisé sous forme de crédits certifiés."
                ),
                "es": (
                    "En diciembre, el proyecto Alto Huayabamba es validado bajo el Verified "
                    "Carbon Standard (VCS). El carbono que capturan los árboles puede "
                    "valorizarse desde entonces como créditos certificados."
                ),
            },
            "image": None,
        },
        {
            "year": 2012,
            "title": {
                "fr": "Lauréate du concours national du cacao",
                "es": "Ganadora del concurso nacional de cacao",
            },
            "text": {
                "fr": (
                    "À Lima, ACOPAGRO remporte le concours national du cacao. Une "
                    "reconnaissance de la qualité obtenue par les familles productrices et "
                    "l’équipe technique qui les accompagne."
                ),
                "es": (
                    "En Lima, ACOPAGRO gana el concurso nacional de cacao, un reconocimiento a "
                    "la calidad lograda por las familias productoras y el equipo técnico que "
                    "las acompaña."
                ),
            },
            "image": "cacao-pods",
        },
        {
            "year": 2025,
            "title": {
                "fr": "Première coopérative Demeter du Pérou",
                "es": "Primera cooperativa Demeter del Perú",
            },
            "text": {
                "fr": (
                    "En février, ACOPAGRO devient la première coopérative péruvienne certifiée "
                    "Demeter, le label de l’agriculture biodynamique."
                ),
                "es": (
                    "En febrero, ACOPAGRO se convierte en la primera cooperativa peruana con "
                    "certificación Demeter, el sello de la agricultura biodinámica."
                ),
            },
            "image": "fields",
        },
    ],
    "body": {
        "fr": [
            ("heading", "Une région qui a choisi le cacao"),
            (
                "paragraph",
                "<p>Lorsque l’association voit le jour, en 1997, le territoire est marqué par "
                "les cultures illicites et par l’isolement. Pour les 27 producteurs "
                "fondateurs, le cacao biologique ouvre une autre voie : une culture légale, "
                "respectueuse de la forêt, capable de faire vivre une famille.</p>"
                "<p>L’association devient ensuite une coopérative à part entière, se "
                "professionnalise et grandit. Depuis son siège de Juanjuí, ACOPAGRO rassemble "
                "aujourd’hui plus de 2 000 familles dans les provinces de Mariscal Cáceres, "
                "Huallaga, Bellavista et Picota.</p>",
            ),
            (
                "impact_figures",
                {
                    "heading": "D’hier à aujourd’hui",
                    "figures": ["founding-producers", "member-families", "provinces"],
                },
            ),
            ("heading", "Le cacao, la forêt et le climat"),
            (
                "paragraph",
                "<p>À partir de 2008, la reforestation devient un pilier de la coopérative. "
                "Avec ses partenaires, elle a planté depuis plus de 3 millions d’arbres sur "
                "des terres dégradées et protège, dans l’Alto Huayabamba, 380 000 hectares de "
                "forêt primaire.</p>"
                "<p>En février 2025, une nouvelle étape est franchie : ACOPAGRO devient la "
                "première coopérative du Pérou certifiée Demeter pour l’agriculture "
                "biodynamique.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Découvrez les projets menés par la coopérative pour la forêt et le climat.",
                    "label": "Nos projets climat",
                    "page": "climat-et-forets",
                },
            ),
        ],
        "es": [
            ("heading", "Una región que eligió el cacao"),
            (
                "paragraph",
                "<p>Cuando nace la asociación, en 1997, el territorio está marcado por los "
                "cultivos ilícitos y el aislamiento. Para los 27 productores fundadores, el "
                "cacao orgánico abre otro camino: un cultivo legal, respetuoso del bosque y "
                "capaz de sostener a una familia.</p>"
                "<p>Con el tiempo, la asociación se convierte en cooperativa, se "
                "profesionaliza y crece. Desde su sede en Juanjuí, ACOPAGRO reúne hoy a más de "
                "2.000 familias de las provincias de Mariscal Cáceres, Huallaga, Bellavista y "
                "Picota.</p>",
            ),
            (
                "impact_figures",
                {
                    "heading": "De ayer a hoy",
                    "figures": ["founding-producers", "member-families", "provinces"],
                },
            ),
            ("heading", "El cacao, el bosque y el clima"),
            (
                "paragraph",
                "<p>A partir de 2008, la reforestación se vuelve uno de los pilares de la "
                "cooperativa. Junto con sus aliados, ha sembrado desde entonces más de 3 "
                "millones de árboles en tierras degradadas y protege, en el Alto Huayabamba, "
                "380.000 hectáreas de bosque primario.</p>"
                "<p>En febrero de 2025 llega un nuevo hito: ACOPAGRO se convierte en la "
                "primera cooperativa del Perú con certificación Demeter en agricultura "
                "biodinámica.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Conozca los proyectos de la cooperativa por el bosque y el clima.",
                    "label": "Nuestros proyectos de clima",
                    "page": "climat-et-forets",
                },
            ),
        ],
    },
}


# --- Cacao quality ---------------------------------------------------------------------

QUALITY = {
    "type": "CacaoQualityPage",
    "slug": {"fr": "qualite-du-cacao", "es": "calidad-del-cacao"},
    "show_in_menus": True,
    "title": {"fr": "Notre cacao", "es": "Nuestro cacao"},
    "seo_title": {
        "fr": "Cacao ACOPAGRO : biologique, équitable et traçable",
        "es": "Cacao ACOPAGRO: orgánico, de comercio justo y trazable",
    },
    "search_description": {
        "fr": (
            "Agroforesterie sans intrants chimiques, cacao collecté frais et fermenté dans "
            "45 modules, traçabilité complète : la qualité du cacao ACOPAGRO."
        ),
        "es": (
            "Agroforestería sin insumos químicos, cacao en baba fermentado en 45 módulos y "
            "trazabilidad completa: así cuidamos la calidad del cacao ACOPAGRO."
        ),
    },
    "intro": {
        "fr": (
            "Le cacao d’ACOPAGRO pousse sans produits chimiques, à l’ombre d’arbres et de "
            "bananiers, sur les parcelles de plus de 2 000 familles. Collecté frais puis "
            "fermenté de façon centralisée, il est entièrement traçable."
        ),
        "es": (
            "El cacao de ACOPAGRO crece sin químicos, a la sombra de árboles y plátanos, en "
            "las chacras de más de 2.000 familias. Se acopia en baba, se fermenta de forma "
            "centralizada y es totalmente trazable."
        ),
    },
    "image": "agroforestry",
    "figures": ["fermentation-modules", "biotechnicians", "provinces", "member-families"],
    "certifications": ["organic", "fairtrade", "demeter"],
    "provinces": ALL_PROVINCES,
    "body": {
        "fr": [
            ("heading", "Des parcelles agroforestières"),
            (
                "paragraph",
                "<p>Sur les parcelles des membres, les cacaoyers ne poussent pas seuls : ils "
                "partagent la terre avec des arbres d’ombrage, des bananiers, des légumineuses "
                "et des espèces locales. Conduit sans intrants chimiques, ce système "
                "agroforestier stocke du carbone, abrite la biodiversité et garde les sols "
                "fertiles.</p>"
                "<p>Pour accompagner les familles, la coopérative s’appuie sur <b>30 "
                "biotechniciens</b>, des promoteurs agronomes présents sur le terrain, et sur "
                "une équipe technique expérimentée. Ensemble, ils transmettent les bonnes "
                "pratiques agricoles, parcelle après parcelle.</p>",
            ),
            ("heading", "Du cacao en baba à la fève fermentée"),
            (
                "paragraph",
                "<p>Les producteurs livrent leur cacao frais, encore enrobé de sa pulpe : "
                "c’est le <i>cacao en baba</i>. La fermentation ne se fait donc pas dans "
                "chaque ferme, mais dans <b>45 modules de fermentation</b> spécialisés. Cette "
                "organisation permet d’obtenir un profil aromatique régulier d’un lot à "
                "l’autre, et de suivre chaque lot depuis les parcelles d’origine.</p>",
            ),
            (
                "image",
                {
                    "image": "fermentation",
                    "caption": "La fermentation centralisée assure un profil aromatique régulier.",
                },
            ),
            ("heading", "Certifié et récompensé"),
            (
                "paragraph",
                "<p>Le cacao d’ACOPAGRO est certifié :</p>"
                "<ul>"
                "<li><b>biologique</b>, cultivé sans intrants chimiques ;</li>"
                "<li><b>commerce équitable</b>, depuis 2004 ;</li>"
                "<li><b>Demeter</b>, depuis février 2025 : ACOPAGRO est la première "
                "coopérative du Pérou à obtenir ce label de l’agriculture biodynamique.</li>"
                "</ul>"
                "<p>En 2012, la coopérative a remporté à Lima le concours national du "
                "cacao.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Chocolatiers, importateurs : parlons de votre approvisionnement en cacao.",
                    "label": "Nous contacter",
                    "page": "contact",
                },
            ),
        ],
        "es": [
            ("heading", "Chacras agroforestales"),
            (
                "paragraph",
                "<p>En las chacras de los socios, el cacao no crece solo: comparte la tierra "
                "con árboles de sombra, plátanos, leguminosas y especies locales. Manejado sin "
                "insumos químicos, este sistema agroforestal almacena carbono, alberga "
                "biodiversidad y mantiene la fertilidad del suelo.</p>"
                "<p>Para acompañar a las familias, la cooperativa cuenta con <b>30 "
                "biotécnicos</b>, promotores agrónomos que trabajan en campo, y con un equipo "
                "técnico con experiencia. Juntos difunden las buenas prácticas agrícolas, "
                "chacra por chacra.</p>",
            ),
            ("heading", "Del cacao en baba al grano fermentado"),
            (
                "paragraph",
                "<p>Los productores entregan su cacao fresco, todavía cubierto de pulpa: es "
                "el <i>cacao en baba</i>. Por eso la fermentación no se hace en cada chacra, "
                "sino en <b>45 módulos de fermentación</b> especializados. Así se logra un "
                "perfil aromático homogéneo de un lote a otro y cada lote puede rastrearse "
                "hasta las chacras de origen.</p>",
            ),
            (
                "image",
                {
                    "image": "fermentation",
                    "caption": "La fermentación centralizada asegura un perfil aromático homogéneo.",
                },
            ),
            ("heading", "Certificado y premiado"),
            (
                "paragraph",
                "<p>El cacao de ACOPAGRO cuenta con las certificaciones:</p>"
                "<ul>"
                "<li><b>orgánica</b>, cultivado sin insumos químicos;</li>"
                "<li><b>comercio justo</b>, desde 2004;</li>"
                "<li><b>Demeter</b>, desde febrero de 2025: ACOPAGRO es la primera "
                "cooperativa del Perú con este sello de agricultura biodinámica.</li>"
                "</ul>"
                "<p>En 2012, la cooperativa ganó en Lima el concurso nacional de cacao.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Chocolateros e importadores: conversemos sobre su abastecimiento de cacao.",
                    "label": "Contáctenos",
                    "page": "contact",
                },
            ),
        ],
    },
}


# --- Social programs -------------------------------------------------------------------

PREMIUMS_NOTE = {
    "fr": (
        "<p>Ce programme est financé par les primes du commerce équitable, que la "
        "coopérative réinvestit chaque année dans des projets collectifs.</p>"
    ),
    "es": (
        "<p>Este programa se financia con las primas del comercio justo, que la cooperativa "
        "reinvierte cada año en proyectos colectivos.</p>"
    ),
}

SOCIAL = {
    "type": "SocialProgramIndexPage",
    "slug": {"fr": "programmes-sociaux", "es": "programas-sociales"},
    "show_in_menus": True,
    "title": {"fr": "Programmes sociaux", "es": "Programas sociales"},
    "seo_title": {
        "fr": "Programmes sociaux financés par le commerce équitable",
        "es": "Programas sociales financiados por el comercio justo",
    },
    "search_description": {
        "fr": (
            "Écoles, santé, jeunes, femmes, irrigation, crédit solidaire : les programmes "
            "qu’ACOPAGRO finance avec les primes du commerce équitable."
        ),
        "es": (
            "Escuelas, salud, jóvenes, mujeres, riego y crédito solidario: los programas que "
            "ACOPAGRO financia con las primas del comercio justo."
        ),
    },
    "intro": {
        "fr": (
            "Chaque année, ACOPAGRO réinvestit les primes du commerce équitable dans des "
            "projets collectifs pour ses membres et leurs communautés. L’éducation, la santé, "
            "la jeunesse et l’autonomie des femmes sont au cœur de ces programmes."
        ),
        "es": (
            "Cada año, ACOPAGRO reinvierte las primas del comercio justo en proyectos "
            "colectivos para sus socios y sus comunidades. La educación, la salud, los "
            "jóvenes y la autonomía de las mujeres están en el centro de estos programas."
        ),
    },
    "image": "community",
    "children": [
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "education-et-ecoles", "es": "educacion-y-escuelas"},
            "title": {
                "fr": "Écoles et infrastructures communautaires",
                "es": "Escuelas e infraestructura comunitaria",
            },
            "search_description": {
                "fr": "Écoles, ponts et centres de santé : ACOPAGRO investit dans des infrastructures durables pour les communautés de San Martín.",
                "es": "Escuelas, puentes y centros de salud: ACOPAGRO invierte en infraestructura duradera para las comunidades de San Martín.",
            },
            "intro": {
                "fr": (
                    "L’éducation est l’une des priorités de la coopérative. Grâce aux primes "
                    "du commerce équitable, ACOPAGRO participe à la construction d’écoles, de "
                    "ponts et d’autres infrastructures utiles à toute la communauté."
                ),
                "es": (
                    "La educación es una de las prioridades de la cooperativa. Con las primas "
                    "del comercio justo, ACOPAGRO contribuye a construir escuelas, puentes y "
                    "otras obras que benefician a toda la comunidad."
                ),
            },
            "image": "school",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Des ouvrages qui durent"),
                    (
                        "paragraph",
                        "<p>Dans une région longtemps isolée, une école proche ou un pont "
                        "solide changent le quotidien des familles. ACOPAGRO finance des "
                        "infrastructures pensées pour durer :</p>"
                        "<ul>"
                        "<li>des écoles, pour que les enfants étudient près de chez eux ;</li>"
                        "<li>des ponts, qui relient les villages aux chemins et aux services ;</li>"
                        "<li>des centres de santé ;</li>"
                        "<li>d’autres équipements communautaires durables.</li>"
                        "</ul>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                    (
                        "image",
                        {
                            "image": "school",
                            "caption": "L’éducation figure parmi les priorités de la coopérative.",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "La coopérative soutient aussi les études grâce à des bourses.",
                            "label": "Bourses et crédit solidaire",
                            "page": "bourses-et-credit-solidaire",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Obras que perduran"),
                    (
                        "paragraph",
                        "<p>En una región que vivió mucho tiempo aislada, una escuela cercana "
                        "o un puente firme cambian el día a día de las familias. ACOPAGRO "
                        "financia obras pensadas para durar:</p>"
                        "<ul>"
                        "<li>escuelas, para que los niños estudien cerca de casa;</li>"
                        "<li>puentes, que conectan los caseríos con los caminos y los servicios;</li>"
                        "<li>centros de salud;</li>"
                        "<li>otras obras comunitarias duraderas.</li>"
                        "</ul>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                    (
                        "image",
                        {
                            "image": "school",
                            "caption": "La educación es una de las prioridades de la cooperativa.",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "La cooperativa también apoya los estudios con becas.",
                            "label": "Becas y crédito solidario",
                            "page": "bourses-et-credit-solidaire",
                        },
                    ),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "campagnes-de-sante", "es": "campanas-de-salud"},
            "title": {"fr": "Campagnes de santé", "es": "Campañas de salud"},
            "search_description": {
                "fr": "Examens de la vue, analyses de sang, dépistages gynécologiques : les campagnes de santé d’ACOPAGRO pour les familles membres.",
                "es": "Exámenes de la vista, análisis de sangre y despistajes ginecológicos: las campañas de salud de ACOPAGRO para sus socios.",
            },
            "intro": {
                "fr": (
                    "Dans les zones rurales, consulter un médecin peut demander un long "
                    "trajet. La coopérative organise des campagnes de santé et soutient des "
                    "centres de santé pour rapprocher les soins des familles."
                ),
                "es": (
                    "En las zonas rurales, ir al médico puede significar un largo viaje. La "
                    "cooperativa organiza campañas de salud y apoya centros de salud para "
                    "acercar la atención a las familias."
                ),
            },
            "image": "community",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Prévenir et dépister"),
                    (
                        "paragraph",
                        "<p>Les campagnes de santé proposent aux membres et à leurs familles "
                        "des examens qui sont souvent difficiles d’accès en milieu rural :</p>"
                        "<ul>"
                        "<li>examens de la vue ;</li>"
                        "<li>analyses de sang ;</li>"
                        "<li>dépistages gynécologiques.</li>"
                        "</ul>"
                        "<p>La coopérative contribue également à la construction de centres de "
                        "santé, pour que ces soins s’inscrivent dans la durée.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez les autres infrastructures financées par la coopérative.",
                            "label": "Écoles et infrastructures",
                            "page": "education-et-ecoles",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Prevenir y detectar a tiempo"),
                    (
                        "paragraph",
                        "<p>Las campañas de salud ofrecen a los socios y sus familias exámenes "
                        "que suelen ser difíciles de conseguir en el campo:</p>"
                        "<ul>"
                        "<li>exámenes de la vista;</li>"
                        "<li>análisis de sangre;</li>"
                        "<li>despistajes ginecológicos.</li>"
                        "</ul>"
                        "<p>La cooperativa también contribuye a construir centros de salud, "
                        "para que esta atención sea permanente.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca las demás obras que financia la cooperativa.",
                            "label": "Escuelas e infraestructura",
                            "page": "education-et-ecoles",
                        },
                    ),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "leadership-des-jeunes", "es": "liderazgo-juvenil"},
            "title": {
                "fr": "Jeunes et leadership coopératif",
                "es": "Jóvenes y liderazgo cooperativo",
            },
            "search_description": {
                "fr": "ACOPAGRO forme les jeunes de ses communautés au leadership coopératif, pour préparer la relève de la coopérative.",
                "es": "ACOPAGRO forma a los jóvenes de sus comunidades en liderazgo cooperativo, para preparar el relevo de la cooperativa.",
            },
            "intro": {
                "fr": (
                    "L’avenir d’une coopérative dépend de celles et ceux qui la feront vivre "
                    "demain. ACOPAGRO mène des programmes qui forment les jeunes au "
                    "leadership coopératif."
                ),
                "es": (
                    "El futuro de una cooperativa depende de quienes la conducirán mañana. "
                    "ACOPAGRO desarrolla programas que forman a los jóvenes en liderazgo "
                    "cooperativo."
                ),
            },
            "image": "youth",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Préparer la relève"),
                    (
                        "paragraph",
                        "<p>Comprendre le fonctionnement d’une coopérative, prendre la parole, "
                        "porter un projet collectif : ces programmes donnent aux jeunes les "
                        "moyens de s’impliquer dans la vie de leur organisation et de leur "
                        "communauté.</p>"
                        "<p>La jeunesse est, avec l’éducation et l’autonomie des femmes, "
                        "l’une des priorités de la coopérative.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Une coopérative forte, ce sont des familles qui décident ensemble de leur avenir.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                ],
                "es": [
                    ("heading", "Preparar el relevo"),
                    (
                        "paragraph",
                        "<p>Entender cómo funciona una cooperativa, tomar la palabra, "
                        "impulsar un proyecto colectivo: estos programas dan a los jóvenes "
                        "las herramientas para participar en la vida de su organización y de "
                        "su comunidad.</p>"
                        "<p>Junto con la educación y la autonomía de las mujeres, la juventud "
                        "es una de las prioridades de la cooperativa.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Una cooperativa fuerte son familias que deciden juntas su futuro.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "entrepreneuriat-des-femmes", "es": "emprendimiento-de-mujeres"},
            "title": {
                "fr": "Entrepreneuriat des femmes",
                "es": "Mujeres emprendedoras",
            },
            "search_description": {
                "fr": "ACOPAGRO aide les femmes de ses communautés à développer leurs compétences entrepreneuriales.",
                "es": "ACOPAGRO ayuda a las mujeres de sus comunidades a desarrollar sus capacidades emprendedoras.",
            },
            "intro": {
                "fr": (
                    "Les femmes jouent un rôle essentiel dans les familles productrices de "
                    "cacao. La coopérative les accompagne dans le développement de leurs "
                    "compétences entrepreneuriales."
                ),
                "es": (
                    "Las mujeres cumplen un papel esencial en las familias cacaoteras. La "
                    "cooperativa las acompaña en el desarrollo de sus capacidades "
                    "emprendedoras."
                ),
            },
            "image": "women",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Gagner en autonomie"),
                    (
                        "paragraph",
                        "<p>L’autonomisation des femmes est l’une des priorités d’ACOPAGRO. "
                        "Le programme soutient les femmes qui souhaitent développer leurs "
                        "capacités entrepreneuriales : lancer ou renforcer une activité, "
                        "mieux gérer leurs ressources, gagner en confiance pour prendre des "
                        "responsabilités.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                    (
                        "call_to_action",
                        {
                            "text": "La coopérative propose aussi des formations à la gestion à ses membres.",
                            "label": "Formation à la gestion",
                            "page": "formation-a-la-gestion",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Ganar autonomía"),
                    (
                        "paragraph",
                        "<p>El empoderamiento de las mujeres es una de las prioridades de "
                        "ACOPAGRO. El programa apoya a las mujeres que desean desarrollar sus "
                        "capacidades emprendedoras: iniciar o fortalecer un negocio, "
                        "administrar mejor sus recursos y ganar confianza para asumir "
                        "responsabilidades.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                    (
                        "call_to_action",
                        {
                            "text": "La cooperativa también ofrece capacitación en gestión a sus socios.",
                            "label": "Capacitación en gestión",
                            "page": "formation-a-la-gestion",
                        },
                    ),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "irrigation-efficace", "es": "riego-eficiente"},
            "title": {
                "fr": "Systèmes d’irrigation efficaces",
                "es": "Sistemas de riego eficiente",
            },
            "search_description": {
                "fr": "Des systèmes d’irrigation efficaces pour aider les familles membres d’ACOPAGRO à mieux résister aux aléas du climat.",
                "es": "Sistemas de riego eficiente para que las familias socias de ACOPAGRO resistan mejor a las variaciones del clima.",
            },
            "intro": {
                "fr": (
                    "Pour renforcer la résilience de ses membres, ACOPAGRO les aide à "
                    "s’équiper de systèmes d’irrigation efficaces, qui utilisent l’eau avec "
                    "mesure."
                ),
                "es": (
                    "Para fortalecer la resiliencia de sus socios, ACOPAGRO los ayuda a contar "
                    "con sistemas de riego eficiente, que usan el agua con cuidado."
                ),
            },
            "image": "fields",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "L’eau au bon endroit"),
                    (
                        "paragraph",
                        "<p>Une irrigation bien conçue apporte l’eau là où les plantes en ont "
                        "besoin, sans gaspillage. Pour les familles, c’est un moyen de "
                        "sécuriser leurs cultures face aux aléas du climat.</p>"
                        "<p>L’irrigation fait partie d’un ensemble d’outils de résilience que "
                        "la coopérative met à la disposition de ses membres, avec les bourses "
                        "d’études, le crédit agricole solidaire et la formation à la gestion.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez le crédit agricole solidaire proposé aux membres.",
                            "label": "Bourses et crédit solidaire",
                            "page": "bourses-et-credit-solidaire",
                        },
                    ),
                ],
                "es": [
                    ("heading", "El agua donde se necesita"),
                    (
                        "paragraph",
                        "<p>Un riego bien diseñado lleva el agua adonde las plantas la "
                        "necesitan, sin desperdicio. Para las familias, es una forma de "
                        "proteger sus cultivos frente a las variaciones del clima.</p>"
                        "<p>El riego forma parte de un conjunto de herramientas de resiliencia "
                        "que la cooperativa pone al alcance de sus socios, junto con las "
                        "becas de estudio, el crédito agrícola solidario y la capacitación en "
                        "gestión.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca el crédito agrícola solidario para los socios.",
                            "label": "Becas y crédito solidario",
                            "page": "bourses-et-credit-solidaire",
                        },
                    ),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "bourses-et-credit-solidaire", "es": "becas-y-credito-solidario"},
            "title": {
                "fr": "Bourses d’études et crédit agricole solidaire",
                "es": "Becas de estudio y crédito agrícola solidario",
            },
            "search_description": {
                "fr": "Bourses d’études et crédit agricole solidaire : deux outils d’ACOPAGRO pour soutenir les projets des familles membres.",
                "es": "Becas de estudio y crédito agrícola solidario: dos herramientas de ACOPAGRO para apoyar los proyectos de sus socios.",
            },
            "intro": {
                "fr": (
                    "Financer des études ou investir dans sa parcelle demande des moyens que "
                    "les familles n’ont pas toujours. La coopérative propose des bourses "
                    "d’études et un crédit agricole solidaire."
                ),
                "es": (
                    "Pagar los estudios o invertir en la chacra exige recursos que las "
                    "familias no siempre tienen. La cooperativa ofrece becas de estudio y un "
                    "crédito agrícola solidario."
                ),
            },
            "image": "community",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Des bourses pour étudier"),
                    (
                        "paragraph",
                        "<p>Les bourses d’études aident des jeunes des familles membres à "
                        "poursuivre leur formation. Elles prolongent l’effort de la "
                        "coopérative en faveur de l’éducation, l’une de ses priorités.</p>",
                    ),
                    ("heading", "Un crédit pensé pour les producteurs"),
                    (
                        "paragraph",
                        "<p>Le crédit agricole solidaire permet aux membres de financer leurs "
                        "projets sur la parcelle. Avec l’irrigation et la formation à la "
                        "gestion, il fait partie des outils qui renforcent la résilience des "
                        "familles.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                ],
                "es": [
                    ("heading", "Becas para estudiar"),
                    (
                        "paragraph",
                        "<p>Las becas de estudio ayudan a jóvenes de las familias socias a "
                        "continuar su formación. Son parte del esfuerzo de la cooperativa por "
                        "la educación, una de sus prioridades.</p>",
                    ),
                    ("heading", "Un crédito pensado para los productores"),
                    (
                        "paragraph",
                        "<p>El crédito agrícola solidario permite a los socios financiar sus "
                        "proyectos en la chacra. Junto con el riego y la capacitación en "
                        "gestión, es una de las herramientas que fortalecen la resiliencia de "
                        "las familias.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                ],
            },
        },
        {
            "type": "SocialProgramPage",
            "slug": {"fr": "formation-a-la-gestion", "es": "capacitacion-en-gestion"},
            "title": {"fr": "Formation à la gestion", "es": "Capacitación en gestión"},
            "search_description": {
                "fr": "ACOPAGRO forme ses membres à la gestion, pour que chaque famille pilote au mieux son exploitation de cacao.",
                "es": "ACOPAGRO capacita a sus socios en gestión, para que cada familia administre mejor su chacra de cacao.",
            },
            "intro": {
                "fr": (
                    "Produire un bon cacao ne suffit pas : il faut aussi savoir gérer son "
                    "exploitation. ACOPAGRO propose à ses membres des formations en gestion."
                ),
                "es": (
                    "Producir un buen cacao no basta: también hay que saber administrar la "
                    "chacra. ACOPAGRO ofrece a sus socios capacitaciones en gestión."
                ),
            },
            "image": "youth",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Piloter son exploitation"),
                    (
                        "paragraph",
                        "<p>Tenir ses comptes, planifier ses investissements, prévoir les "
                        "saisons difficiles : les formations en gestion aident les familles à "
                        "prendre de meilleures décisions pour leur exploitation.</p>"
                        "<p>Elles complètent l’accompagnement technique assuré sur le terrain "
                        "par les biotechniciens et l’équipe technique de la coopérative.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["fr"]),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez comment la coopérative accompagne les producteurs sur le terrain.",
                            "label": "Notre cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Administrar la chacra"),
                    (
                        "paragraph",
                        "<p>Llevar las cuentas, planificar las inversiones, prever las "
                        "temporadas difíciles: las capacitaciones en gestión ayudan a las "
                        "familias a tomar mejores decisiones para su chacra.</p>"
                        "<p>Complementan la asistencia técnica que brindan en campo los "
                        "biotécnicos y el equipo técnico de la cooperativa.</p>",
                    ),
                    ("paragraph", PREMIUMS_NOTE["es"]),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca cómo la cooperativa acompaña a los productores en campo.",
                            "label": "Nuestro cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
            },
        },
    ],
}


# --- Climate and forests ---------------------------------------------------------------

CLIMATE = {
    "type": "ClimateProjectIndexPage",
    "slug": {"fr": "climat-et-forets", "es": "clima-y-bosques"},
    "show_in_menus": True,
    "title": {"fr": "Climat et forêts", "es": "Clima y bosques"},
    "seo_title": {
        "fr": "Reforestation et protection de la forêt amazonienne",
        "es": "Reforestación y protección del bosque amazónico",
    },
    "search_description": {
        "fr": (
            "Plus de 3 millions d’arbres plantés depuis 2008, 380 000 hectares de forêt "
            "primaire protégés : les projets climat d’ACOPAGRO."
        ),
        "es": (
            "Más de 3 millones de árboles sembrados desde 2008 y 380.000 hectáreas de bosque "
            "primario protegidas: los proyectos de clima de ACOPAGRO."
        ),
    },
    "intro": {
        "fr": (
            "Depuis 2008, ACOPAGRO replante des arbres sur des terres dégradées et protège "
            "la forêt primaire de l’Amazonie péruvienne. Ces projets, menés avec des "
            "partenaires engagés, créent aussi de nouveaux revenus pour les familles grâce "
            "aux crédits carbone certifiés."
        ),
        "es": (
            "Desde 2008, ACOPAGRO siembra árboles en tierras degradadas y protege el bosque "
            "primario de la Amazonía peruana. Estos proyectos, desarrollados con aliados "
            "comprometidos, también generan nuevos ingresos para las familias gracias a los "
            "créditos de carbono certificados."
        ),
    },
    "image": "primary-forest",
    "figures": ["trees-planted", "forest-protected", "co2-sequestered", "zero-deforestation-area"],
    "children": [
        {
            "type": "ClimateProjectPage",
            "slug": {"fr": "alto-huayabamba", "es": "alto-huayabamba"},
            "title": {"fr": "Alto Huayabamba", "es": "Alto Huayabamba"},
            "seo_title": {
                "fr": "Alto Huayabamba : reboiser et protéger la forêt primaire",
                "es": "Alto Huayabamba: reforestar y proteger el bosque primario",
            },
            "search_description": {
                "fr": "Avec Pur Projet depuis 2008 : 2 millions d’arbres en agroforesterie et 380 000 hectares de forêt primaire protégés.",
                "es": "Con Pur Projet desde 2008: 2 millones de árboles en sistemas agroforestales y 380.000 hectáreas de bosque primario protegidas.",
            },
            "intro": {
                "fr": (
                    "Lancé en 2008 avec Pur Projet, le projet Alto Huayabamba associe "
                    "replantation en agroforesterie et protection de la forêt primaire. Il a "
                    "été validé selon le standard VCS en décembre 2011."
                ),
                "es": (
                    "Iniciado en 2008 con Pur Projet, el proyecto Alto Huayabamba combina la "
                    "reforestación agroforestal con la protección del bosque primario. Fue "
                    "validado bajo el estándar VCS en diciembre de 2011."
                ),
            },
            "image": "river",
            "start_year": 2008,
            "carbon_standards": "VCS, CCB",
            "partners": ["Pur Projet"],
            "provinces": ["Mariscal Cáceres"],
            "latitude": "-7.4000",
            "longitude": "-76.9500",
            "figures": ["alto-huayabamba-trees", "forest-protected", "co2-sequestered"],
            "body": {
                "fr": [
                    ("heading", "Replanter avec des essences locales"),
                    (
                        "paragraph",
                        "<p>Dans l’Alto Huayabamba, 2 millions d’arbres ont été replantés en "
                        "agroforesterie. Parmi les essences choisies figurent des bois natifs "
                        "de la région : <i>shaina</i>, <i>bolaina</i>, <i>capirona</i> et "
                        "<i>caoba</i> (acajou).</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "nursery",
                            "caption": "Des essences natives, comme la bolaina ou la capirona, sont replantées.",
                        },
                    ),
                    ("heading", "Protéger la forêt, valoriser le carbone"),
                    (
                        "paragraph",
                        "<p>Le projet protège aussi 380 000 hectares de forêt primaire. Au "
                        "total, plus de 700 000 tonnes de CO₂ ont été séquestrées.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Validé selon le standard VCS en décembre 2011, le projet génère des "
                        "crédits carbone certifiés (VCS, CCB). Ils permettent à de nombreux "
                        "partenaires de compenser leurs émissions et apportent un revenu "
                        "supplémentaire aux familles.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Relire l’annonce de la validation VCS, publiée en décembre 2011.",
                            "label": "Lire l’article",
                            "page": "alto-huayabamba-validation-vcs",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Reforestar con especies nativas"),
                    (
                        "paragraph",
                        "<p>En el Alto Huayabamba se replantaron 2 millones de árboles en "
                        "sistemas agroforestales. Entre las especies elegidas hay maderas "
                        "nativas de la región: <i>shaina</i>, <i>bolaina</i>, <i>capirona</i> "
                        "y <i>caoba</i>.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "nursery",
                            "caption": "Se replantan especies nativas, como la bolaina o la capirona.",
                        },
                    ),
                    ("heading", "Proteger el bosque, valorizar el carbono"),
                    (
                        "paragraph",
                        "<p>El proyecto también protege 380.000 hectáreas de bosque primario. "
                        "En total, se han secuestrado más de 700.000 toneladas de CO₂.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Validado bajo el estándar VCS en diciembre de 2011, el proyecto "
                        "genera créditos de carbono certificados (VCS, CCB). Con ellos, "
                        "numerosas empresas aliadas compensan sus emisiones y las familias "
                        "obtienen un ingreso adicional.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Vuelva a leer el anuncio de la validación VCS, publicado en diciembre de 2011.",
                            "label": "Leer la noticia",
                            "page": "alto-huayabamba-validation-vcs",
                        },
                    ),
                ],
            },
        },
        {
            "type": "ClimateProjectPage",
            "slug": {"fr": "reforestation-communautaire", "es": "reforestacion-comunitaria"},
            "title": {"fr": "Reforestation communautaire", "es": "Reforestación comunitaria"},
            "search_description": {
                "fr": "Depuis 2008, plus de 3 millions d’arbres plantés sur des terres dégradées avec Pur Projet, HALBA, NCG et Fairtrade Canada.",
                "es": "Desde 2008, más de 3 millones de árboles sembrados en tierras degradadas con Pur Projet, HALBA, NCG y Fairtrade Canadá.",
            },
            "intro": {
                "fr": (
                    "Depuis 2008, les familles d’ACOPAGRO replantent des arbres sur des terres "
                    "dégradées. Plus de 3 millions d’arbres ont déjà été plantés, avec le "
                    "soutien de plusieurs partenaires."
                ),
                "es": (
                    "Desde 2008, las familias de ACOPAGRO siembran árboles en tierras "
                    "degradadas. Ya se han sembrado más de 3 millones de árboles, con el apoyo "
                    "de varios aliados."
                ),
            },
            "image": "nursery",
            "start_year": 2008,
            "carbon_standards": "VCS, CCB",
            "partners": ["Pur Projet", "HALBA", "NCG", "Fairtrade Canada"],
            "provinces": ALL_PROVINCES,
            "latitude": "-7.0500",
            "longitude": "-76.6500",
            "figures": ["trees-planted"],
            "body": {
                "fr": [
                    ("heading", "Redonner vie aux terres dégradées"),
                    (
                        "paragraph",
                        "<p>Les programmes de reforestation communautaire transforment des "
                        "terres dégradées en espaces boisés. Les arbres stockent du carbone, "
                        "protègent les sols et offrent un refuge à la biodiversité.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ces programmes sont menés avec des partenaires comme "
                        '<a href="https://www.purprojet.com/">Pur Projet</a>, '
                        '<a href="https://www.halba.ch/">HALBA</a>, '
                        '<a href="https://www.ncg.coop/">NCG</a> et '
                        '<a href="https://fairtrade.ca/">Fairtrade Canada</a>. La vente de '
                        "crédits carbone certifiés (VCS, CCB) procure des revenus durables aux "
                        "familles.</p>",
                    ),
                    (
                        "impact_figures",
                        {
                            "heading": "La reforestation en chiffres",
                            "figures": ["trees-planted", "alto-huayabamba-trees"],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Le plus grand de ces projets se trouve dans la vallée du Huayabamba.",
                            "label": "Le projet Alto Huayabamba",
                            "page": "alto-huayabamba",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Devolver la vida a las tierras degradadas"),
                    (
                        "paragraph",
                        "<p>Los programas de reforestación comunitaria convierten tierras "
                        "degradadas en áreas arboladas. Los árboles almacenan carbono, "
                        "protegen el suelo y dan refugio a la biodiversidad.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Estos programas se desarrollan con aliados como "
                        '<a href="https://www.purprojet.com/">Pur Projet</a>, '
                        '<a href="https://www.halba.ch/">HALBA</a>, '
                        '<a href="https://www.ncg.coop/">NCG</a> y '
                        '<a href="https://fairtrade.ca/">Fairtrade Canadá</a>. La venta de '
                        "créditos de carbono certificados (VCS, CCB) genera ingresos "
                        "duraderos para las familias.</p>",
                    ),
                    (
                        "impact_figures",
                        {
                            "heading": "La reforestación en cifras",
                            "figures": ["trees-planted", "alto-huayabamba-trees"],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "El mayor de estos proyectos está en el valle del Huayabamba.",
                            "label": "El proyecto Alto Huayabamba",
                            "page": "alto-huayabamba",
                        },
                    ),
                ],
            },
        },
        {
            "type": "ClimateProjectPage",
            "slug": {"fr": "co-op-forest", "es": "co-op-forest"},
            "title": {"fr": "Co+op Forest", "es": "Co+op Forest"},
            "search_description": {
                "fr": "Le programme Co+op Forest aide les producteurs d’ACOPAGRO à mettre en place des systèmes agricoles durables.",
                "es": "El programa Co+op Forest ayuda a los productores de ACOPAGRO a implementar sistemas agrícolas sostenibles.",
            },
            "intro": {
                "fr": (
                    "La coopérative bénéficie du programme Co+op Forest, qui accompagne la "
                    "mise en place de systèmes agricoles durables et renforce les capacités "
                    "des producteurs."
                ),
                "es": (
                    "La cooperativa participa en el programa Co+op Forest, que acompaña la "
                    "implementación de sistemas agrícolas sostenibles y fortalece las "
                    "capacidades de los productores."
                ),
            },
            "image": "agroforestry",
            "start_year": None,
            "carbon_standards": "",
            "partners": ["NCG", "Pur Projet"],
            "provinces": [],
            "latitude": "-7.2800",
            "longitude": "-76.8200",
            "figures": [],
            "body": {
                "fr": [
                    ("heading", "Des systèmes agricoles durables"),
                    (
                        "paragraph",
                        "<p>Co+op Forest soutient les familles qui font évoluer leurs "
                        "parcelles vers des systèmes agricoles durables, où le cacao pousse "
                        "aux côtés d’arbres et d’autres cultures. Le programme renforce aussi "
                        "les capacités des producteurs, pour que ces pratiques s’installent "
                        "dans la durée.</p>",
                    ),
                    (
                        "paragraph",
                        '<p>Co+op Forest est porté par <a href="https://www.ncg.coop/">NCG</a> '
                        '(National Co+op Grocers), avec <a href="https://www.purprojet.com/">'
                        "Pur Projet</a>.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez les autres programmes de reforestation de la coopérative.",
                            "label": "Reforestation communautaire",
                            "page": "reforestation-communautaire",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Sistemas agrícolas sostenibles"),
                    (
                        "paragraph",
                        "<p>Co+op Forest apoya a las familias que transforman sus chacras en "
                        "sistemas agrícolas sostenibles, donde el cacao crece junto a árboles "
                        "y otros cultivos. El programa también fortalece las capacidades de "
                        "los productores, para que estas prácticas perduren.</p>",
                    ),
                    (
                        "paragraph",
                        '<p>Co+op Forest es impulsado por <a href="https://www.ncg.coop/">NCG</a> '
                        '(National Co+op Grocers), junto con <a href="https://www.purprojet.com/">'
                        "Pur Projet</a>.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca los demás programas de reforestación de la cooperativa.",
                            "label": "Reforestación comunitaria",
                            "page": "reforestation-communautaire",
                        },
                    ),
                ],
            },
        },
        {
            "type": "ClimateProjectPage",
            "slug": {"fr": "cacao-zero-deforestation", "es": "cacao-cero-deforestacion"},
            "title": {"fr": "Cacao « zéro déforestation »", "es": "Cacao «cero deforestación»"},
            "search_description": {
                "fr": "Avec Solidaridad et Proforest/TFA, des projets de cacao zéro déforestation sur plus de 8 000 hectares.",
                "es": "Con Solidaridad y Proforest/TFA, proyectos de cacao cero deforestación en más de 8.000 hectáreas.",
            },
            "intro": {
                "fr": (
                    "Avec Solidaridad et Proforest/TFA, ACOPAGRO mène des projets de cacao "
                    "« zéro déforestation » sur plus de 8 000 hectares. Objectif : intégrer "
                    "les petits producteurs dans des filières traçables, équitables et "
                    "compatibles avec le climat."
                ),
                "es": (
                    "Con Solidaridad y Proforest/TFA, ACOPAGRO desarrolla proyectos de cacao "
                    "«cero deforestación» en más de 8.000 hectáreas. El objetivo: integrar a "
                    "los pequeños productores en cadenas trazables, justas y compatibles con "
                    "el clima."
                ),
            },
            "image": "territory-map",
            "start_year": None,
            "carbon_standards": "",
            "partners": ["Solidaridad", "Proforest / TFA"],
            "provinces": [],
            "latitude": "-7.1200",
            "longitude": "-76.6800",
            "figures": ["zero-deforestation-area"],
            "body": {
                "fr": [
                    ("heading", "Un cacao qui ne coûte pas la forêt"),
                    (
                        "paragraph",
                        "<p>Les acheteurs veulent de plus en plus la garantie que leur cacao "
                        "n’a pas été produit au détriment de la forêt. Ces projets aident les "
                        "petits producteurs à répondre à cette exigence, et à rester ainsi "
                        "dans les filières qui la posent.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ils reposent sur trois engagements :</p>"
                        "<ul>"
                        "<li><b>traçabilité</b> : savoir de quelle parcelle vient le cacao ;</li>"
                        "<li><b>équité</b> : une place juste pour les petits producteurs ;</li>"
                        "<li><b>climat</b> : une production compatible avec la protection de "
                        "la forêt.</li>"
                        "</ul>",
                    ),
                    (
                        "paragraph",
                        '<p>Partenaires : <a href="https://www.solidaridadnetwork.org/">'
                        'Solidaridad</a> et <a href="https://www.proforest.net/">Proforest</a> '
                        "/ Tropical Forest Alliance (TFA).</p>",
                    ),
                ],
                "es": [
                    ("heading", "Un cacao que no le cuesta el bosque"),
                    (
                        "paragraph",
                        "<p>Los compradores piden cada vez más la garantía de que su cacao no "
                        "se produjo a costa del bosque. Estos proyectos ayudan a los pequeños "
                        "productores a cumplir con ese requisito y a seguir formando parte de "
                        "las cadenas que lo exigen.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Se basan en tres compromisos:</p>"
                        "<ul>"
                        "<li><b>trazabilidad</b>: saber de qué chacra viene el cacao;</li>"
                        "<li><b>equidad</b>: un lugar justo para los pequeños productores;</li>"
                        "<li><b>clima</b>: una producción compatible con la protección del "
                        "bosque.</li>"
                        "</ul>",
                    ),
                    (
                        "paragraph",
                        '<p>Aliados: <a href="https://www.solidaridadnetwork.org/">'
                        'Solidaridad</a> y <a href="https://www.proforest.net/">Proforest</a> '
                        "/ Tropical Forest Alliance (TFA).</p>",
                    ),
                ],
            },
        },
    ],
}


# --- Stories ---------------------------------------------------------------------------

STORIES = {
    "type": "StoryIndexPage",
    "slug": {"fr": "actualites", "es": "noticias"},
    "show_in_menus": True,
    "title": {"fr": "Actualités", "es": "Noticias"},
    "seo_title": {
        "fr": "Actualités de la coopérative ACOPAGRO",
        "es": "Noticias de la cooperativa ACOPAGRO",
    },
    "search_description": {
        "fr": "Certifications, récompenses, projets forestiers et vie de la coopérative : les actualités d’ACOPAGRO.",
        "es": "Certificaciones, premios, proyectos forestales y vida de la cooperativa: las noticias de ACOPAGRO.",
    },
    "intro": {
        "fr": (
            "Certifications, récompenses, projets pour la forêt, vie des communautés : "
            "suivez les nouvelles de la coopérative et de ses familles productrices."
        ),
        "es": (
            "Certificaciones, premios, proyectos por el bosque y vida de las comunidades: "
            "siga las novedades de la cooperativa y de sus familias productoras."
        ),
    },
    "image": "cacao-pods",
    "children": [
        {
            "type": "StoryPage",
            "slug": {"fr": "certification-demeter-2025", "es": "certificacion-demeter-2025"},
            "date": "2025-02-20",
            "title": {
                "fr": "ACOPAGRO, première coopérative du Pérou certifiée Demeter",
                "es": "ACOPAGRO, primera cooperativa del Perú con certificación Demeter",
            },
            "search_description": {
                "fr": "En février 2025, ACOPAGRO devient la première coopérative péruvienne certifiée Demeter en agriculture biodynamique.",
                "es": "En febrero de 2025, ACOPAGRO se convierte en la primera cooperativa peruana certificada Demeter en agricultura biodinámica.",
            },
            "intro": {
                "fr": (
                    "En février 2025, ACOPAGRO est devenue la première coopérative du Pérou "
                    "certifiée Demeter, le label de l’agriculture biodynamique. Une nouvelle "
                    "étape après plus de 25 ans d’agriculture biologique."
                ),
                "es": (
                    "En febrero de 2025, ACOPAGRO se convirtió en la primera cooperativa del "
                    "Perú con certificación Demeter, el sello de la agricultura biodinámica. "
                    "Un nuevo paso tras más de 25 años de agricultura orgánica."
                ),
            },
            "image": "fields",
            "body": {
                "fr": [
                    ("heading", "Qu’est-ce que la biodynamie ?"),
                    (
                        "paragraph",
                        "<p>L’agriculture biodynamique va au-delà de l’agriculture "
                        "biologique : elle considère la ferme comme un organisme vivant et "
                        "accorde une attention particulière à la fertilité des sols et à la "
                        "biodiversité. Demeter est le label international qui la certifie.</p>",
                    ),
                    ("heading", "Dans la continuité de l’agroforesterie"),
                    (
                        "paragraph",
                        "<p>Pour les familles d’ACOPAGRO, cette certification prolonge un "
                        "travail engagé de longue date : un cacao cultivé sans intrants "
                        "chimiques, au milieu d’arbres d’ombrage, de bananiers et "
                        "d’espèces locales. Elle s’ajoute aux certifications biologique et "
                        "commerce équitable de la coopérative.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Un cacao d’excellence, qui fait vivre dignement les familles et régénère la terre.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez comment est cultivé le cacao de la coopérative.",
                            "label": "Notre cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
                "es": [
                    ("heading", "¿Qué es la agricultura biodinámica?"),
                    (
                        "paragraph",
                        "<p>La agricultura biodinámica va más allá de la agricultura "
                        "orgánica: concibe la finca como un organismo vivo y presta especial "
                        "atención a la fertilidad del suelo y a la biodiversidad. Demeter es "
                        "el sello internacional que la certifica.</p>",
                    ),
                    ("heading", "En la línea de la agroforestería"),
                    (
                        "paragraph",
                        "<p>Para las familias de ACOPAGRO, esta certificación continúa un "
                        "trabajo de muchos años: un cacao cultivado sin insumos químicos, "
                        "entre árboles de sombra, plátanos y especies locales. Se suma a las "
                        "certificaciones orgánica y de comercio justo de la cooperativa.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Un cacao de excelencia, que permite a las familias vivir con dignidad y regenera la tierra.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca cómo se cultiva el cacao de la cooperativa.",
                            "label": "Nuestro cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
            },
        },
        {
            "type": "StoryPage",
            "slug": {"fr": "festival-du-cacao-a-juanjui", "es": "festival-del-cacao-en-juanjui"},
            "date": "2025-06-02",
            "title": {
                "fr": "À Juanjuí, un festival du cacao et du chocolat pour les quatre provinces",
                "es": "En Juanjuí, un festival del cacao y el chocolate para las cuatro provincias",
            },
            "search_description": {
                "fr": "Chaque année, Juanjuí accueille un festival du cacao et du chocolat, avec des comités venus des quatre provinces.",
                "es": "Cada año, Juanjuí acoge un festival del cacao y el chocolate, con comités de las cuatro provincias.",
            },
            "intro": {
                "fr": (
                    "Chaque année, Juanjuí, où la coopérative a son siège, accueille un "
                    "festival du cacao et du chocolat. Des comités des quatre provinces y "
                    "participent."
                ),
                "es": (
                    "Cada año, Juanjuí, sede de la cooperativa, acoge un festival del cacao y "
                    "el chocolate, con la participación de comités de las cuatro provincias."
                ),
            },
            "image": "community",
            "body": {
                "fr": [
                    ("heading", "Un rendez-vous annuel"),
                    (
                        "paragraph",
                        "<p>Mariscal Cáceres, Huallaga, Bellavista et Picota : les comités "
                        "des quatre provinces se retrouvent chaque année à Juanjuí pour le "
                        "festival du cacao et du chocolat. C’est l’occasion de célébrer la "
                        "culture qui, en moins de trente ans, a changé le visage de la "
                        "région.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "territory-map",
                            "caption": "Les comités viennent des quatre provinces où vivent les membres.",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Les dates de chaque édition sont annoncées par la coopérative à "
                        "Juanjuí.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "De 27 producteurs à plus de 2 000 familles : relisez l’histoire de la coopérative.",
                            "label": "Notre histoire",
                            "page": "histoire",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Una cita anual"),
                    (
                        "paragraph",
                        "<p>Mariscal Cáceres, Huallaga, Bellavista y Picota: los comités de "
                        "las cuatro provincias se reúnen cada año en Juanjuí para el festival "
                        "del cacao y el chocolate. Es la ocasión de celebrar el cultivo que, "
                        "en menos de treinta años, cambió el rostro de la región.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "territory-map",
                            "caption": "Los comités llegan de las cuatro provincias donde viven los socios.",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>La cooperativa anuncia en Juanjuí las fechas de cada edición.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "De 27 productores a más de 2.000 familias: conozca la historia de la cooperativa.",
                            "label": "Nuestra historia",
                            "page": "histoire",
                        },
                    ),
                ],
            },
        },
        {
            "type": "StoryPage",
            "slug": {"fr": "fermentation-du-cacao", "es": "fermentacion-del-cacao"},
            "date": "2025-04-15",
            "title": {
                "fr": "Du cacao en baba à la fève : 45 modules de fermentation",
                "es": "Del cacao en baba al grano: 45 módulos de fermentación",
            },
            "search_description": {
                "fr": "Pourquoi ACOPAGRO collecte le cacao frais et le fermente dans 45 modules centralisés.",
                "es": "Por qué ACOPAGRO acopia el cacao en baba y lo fermenta en 45 módulos centralizados.",
            },
            "intro": {
                "fr": (
                    "Chez ACOPAGRO, la qualité se joue en grande partie après la récolte. Le "
                    "cacao est collecté frais, puis fermenté dans 45 modules spécialisés."
                ),
                "es": (
                    "En ACOPAGRO, buena parte de la calidad se define después de la cosecha. "
                    "El cacao se acopia en baba y se fermenta en 45 módulos especializados."
                ),
            },
            "image": "fermentation",
            "body": {
                "fr": [
                    ("heading", "Une étape décisive pour l’arôme"),
                    (
                        "paragraph",
                        "<p>Une fois la cabosse cueillie sur le cacaoyer, la fermentation "
                        "est l’étape où se forment les précurseurs des arômes du chocolat. Menée de façon inégale, elle peut faire varier "
                        "fortement la qualité d’un lot à l’autre.</p>",
                    ),
                    ("heading", "Collecter frais, fermenter ensemble"),
                    (
                        "paragraph",
                        "<p>C’est pourquoi les producteurs livrent leur cacao en baba, "
                        "c’est-à-dire frais, encore entouré de sa pulpe. La coopérative le "
                        "fermente ensuite dans <b>45 modules</b> spécialisés, ce qui garantit "
                        "un profil aromatique régulier.</p>"
                        "<p>En amont, <b>30 biotechniciens</b> et une équipe technique "
                        "accompagnent les familles dans les bonnes pratiques agricoles. Le "
                        "cacao reste traçable à chaque étape.</p>",
                    ),
                    (
                        "impact_figures",
                        {
                            "heading": "La qualité en chiffres",
                            "figures": ["fermentation-modules", "biotechnicians"],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Tout savoir sur le cacao de la coopérative et ses certifications.",
                            "label": "Notre cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Una etapa decisiva para el aroma"),
                    (
                        "paragraph",
                        "<p>Una vez cosechada la mazorca del cacaotero, en la fermentación "
                        "se forman los precursores del aroma del chocolate. Si se hace de manera desigual, la calidad puede variar "
                        "mucho de un lote a otro.</p>",
                    ),
                    ("heading", "Acopiar en baba, fermentar en conjunto"),
                    (
                        "paragraph",
                        "<p>Por eso los productores entregan su cacao en baba, es decir, "
                        "fresco y todavía cubierto de pulpa. Luego la cooperativa lo fermenta "
                        "en <b>45 módulos</b> especializados, lo que garantiza un perfil "
                        "aromático homogéneo.</p>"
                        "<p>Antes de eso, <b>30 biotécnicos</b> y un equipo técnico acompañan "
                        "a las familias en las buenas prácticas agrícolas. El cacao es "
                        "trazable en cada etapa.</p>",
                    ),
                    (
                        "impact_figures",
                        {
                            "heading": "La calidad en cifras",
                            "figures": ["fermentation-modules", "biotechnicians"],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Todo sobre el cacao de la cooperativa y sus certificaciones.",
                            "label": "Nuestro cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
            },
        },
        {
            "type": "StoryPage",
            "slug": {
                "fr": "concours-national-du-cacao-2012",
                "es": "concurso-nacional-de-cacao-2012",
            },
            "date": "2012-07-31",
            "title": {
                "fr": "ACOPAGRO remporte le concours national du cacao à Lima",
                "es": "ACOPAGRO gana el concurso nacional de cacao en Lima",
            },
            "search_description": {
                "fr": "En 2012, le cacao d’ACOPAGRO remporte le concours national du cacao organisé à Lima.",
                "es": "En 2012, el cacao de ACOPAGRO gana el concurso nacional de cacao realizado en Lima.",
            },
            "intro": {
                "fr": (
                    "Le cacao d’ACOPAGRO a remporté le concours national du cacao à Lima. Une "
                    "belle reconnaissance pour les familles productrices de San Martín."
                ),
                "es": (
                    "El cacao de ACOPAGRO ganó el concurso nacional de cacao en Lima. Un gran "
                    "reconocimiento para las familias productoras de San Martín."
                ),
            },
            "image": "cacao-pods",
            "body": {
                "fr": [
                    ("heading", "Le travail de toute une coopérative"),
                    (
                        "paragraph",
                        "<p>Cette victoire récompense le travail des familles membres, qui "
                        "cultivent un cacao biologique dans des parcelles agroforestières, et "
                        "celui de l’équipe technique qui les accompagne au quotidien.</p>"
                        "<p>Elle montre aussi le chemin parcouru depuis 1997, lorsque 27 "
                        "producteurs ont choisi le cacao plutôt que la coca.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Notre cacao raconte l’histoire d’une région qui a choisi un autre avenir.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Découvrez comment la coopérative veille à la qualité de son cacao.",
                            "label": "Notre cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
                "es": [
                    ("heading", "El trabajo de toda una cooperativa"),
                    (
                        "paragraph",
                        "<p>Este triunfo premia el trabajo de las familias socias, que "
                        "cultivan cacao orgánico en chacras agroforestales, y el del equipo "
                        "técnico que las acompaña día a día.</p>"
                        "<p>También muestra el camino recorrido desde 1997, cuando 27 "
                        "productores eligieron el cacao en lugar de la coca.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Nuestro cacao cuenta la historia de una región que eligió otro futuro.",
                            "attribution": "ACOPAGRO",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Conozca cómo la cooperativa cuida la calidad de su cacao.",
                            "label": "Nuestro cacao",
                            "page": "qualite-du-cacao",
                        },
                    ),
                ],
            },
        },
        {
            "type": "StoryPage",
            "slug": {
                "fr": "alto-huayabamba-validation-vcs",
                "es": "alto-huayabamba-validacion-vcs",
            },
            "date": "2011-12-15",
            "title": {
                "fr": "Le projet Alto Huayabamba validé selon le standard VCS",
                "es": "El proyecto Alto Huayabamba, validado bajo el estándar VCS",
            },
            "search_description": {
                "fr": "Décembre 2011 : le projet de reforestation Alto Huayabamba, mené avec Pur Projet, est validé selon le standard VCS.",
                "es": "Diciembre de 2011: el proyecto de reforestación Alto Huayabamba, desarrollado con Pur Projet, es validado bajo el estándar VCS.",
            },
            "intro": {
                "fr": (
                    "Lancé en 2008 avec Pur Projet, le projet Alto Huayabamba a été validé en "
                    "décembre 2011 selon le Verified Carbon Standard (VCS). Le carbone "
                    "séquestré par les arbres pourra être valorisé sous forme de crédits "
                    "certifiés."
                ),
                "es": (
                    "Iniciado en 2008 con Pur Projet, el proyecto Alto Huayabamba fue "
                    "validado en diciembre de 2011 bajo el Verified Carbon Standard (VCS). El "
                    "carbono que capturan los árboles podrá valorizarse como créditos "
                    "certificados."
                ),
            },
            "image": "river",
            "body": {
                "fr": [
                    ("heading", "Ce que change la validation"),
                    (
                        "paragraph",
                        "<p>La validation atteste que la conception du projet répond aux "
                        "exigences du standard VCS. C’est la condition pour que le carbone "
                        "séquestré puisse être vendu sous forme de crédits carbone "
                        "certifiés, une source de revenus pour les familles.</p>",
                    ),
                    ("heading", "Des essences natives"),
                    (
                        "paragraph",
                        "<p>Le projet associe replantation en agroforesterie et protection de "
                        "la forêt primaire. Parmi les essences plantées figurent des bois "
                        "natifs : <i>shaina</i>, <i>bolaina</i>, <i>capirona</i> et "
                        "<i>caoba</i> (acajou).</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Retrouvez les chiffres à jour du projet.",
                            "label": "Le projet Alto Huayabamba",
                            "page": "alto-huayabamba",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Lo que significa la validación"),
                    (
                        "paragraph",
                        "<p>La validación certifica que el diseño del proyecto cumple con los "
                        "requisitos del estándar VCS. Es la condición para que el carbono "
                        "capturado pueda venderse como créditos de carbono certificados, una "
                        "fuente de ingresos para las familias.</p>",
                    ),
                    ("heading", "Especies nativas"),
                    (
                        "paragraph",
                        "<p>El proyecto combina la reforestación agroforestal con la "
                        "protección del bosque primario. Entre las especies sembradas hay "
                        "maderas nativas: <i>shaina</i>, <i>bolaina</i>, <i>capirona</i> y "
                        "<i>caoba</i>.</p>",
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Consulte las cifras actualizadas del proyecto.",
                            "label": "El proyecto Alto Huayabamba",
                            "page": "alto-huayabamba",
                        },
                    ),
                ],
            },
        },
    ],
}


# --- Standard pages --------------------------------------------------------------------

ABOUT = {
    "type": "StandardPage",
    "slug": {"fr": "a-propos", "es": "quienes-somos"},
    "show_in_menus": True,
    "title": {"fr": "À propos", "es": "Quiénes somos"},
    "seo_title": {
        "fr": "À propos de la coopérative ACOPAGRO",
        "es": "Quiénes somos: la cooperativa ACOPAGRO",
    },
    "search_description": {
        "fr": "ACOPAGRO, coopérative cacaoyère de San Martín (Pérou) : plus de 2 000 familles membres, siège à Juanjuí.",
        "es": "ACOPAGRO, cooperativa cacaotera de San Martín (Perú): más de 2.000 familias socias, con sede en Juanjuí.",
    },
    "intro": {
        "fr": (
            "ACOPAGRO est une coopérative agricole de cacao de l’Amazonie péruvienne. Elle "
            "réunit plus de 2 000 familles productrices dans quatre provinces de la région "
            "de San Martín."
        ),
        "es": (
            "ACOPAGRO es una cooperativa agraria cacaotera de la Amazonía peruana. Reúne a "
            "más de 2.000 familias productoras de cuatro provincias de la región San Martín."
        ),
    },
    "image": "territory-map",
    "body": {
        "fr": [
            ("heading", "Qui sommes-nous ?"),
            (
                "paragraph",
                "<p>Nom légal : <b>Cooperativa Agraria Cacaotera ACOPAGRO Ltda.</b> Siège : "
                "Juanjuí, province de Mariscal Cáceres, région de San Martín, Pérou.</p>"
                "<p>Née en 1997 de l’Asociación de Productores Cacaoteros de Tocache, fondée "
                "par 27 producteurs, la coopérative pratique depuis plus de 25 ans une "
                "agriculture biologique, équitable et régénératrice. Ses membres vivent dans "
                "quatre provinces :</p>"
                "<ul>"
                "<li>Mariscal Cáceres ;</li>"
                "<li>Huallaga ;</li>"
                "<li>Bellavista ;</li>"
                "<li>Picota.</li>"
                "</ul>",
            ),
            (
                "impact_figures",
                {
                    "heading": "La coopérative en chiffres",
                    "figures": ["member-families", "provinces", "biotechnicians", "trees-planted"],
                },
            ),
            ("heading", "Nos engagements"),
            (
                "paragraph",
                "<ul>"
                "<li>Un cacao biologique, cultivé en agroforesterie et entièrement traçable.</li>"
                "<li>Des primes du commerce équitable réinvesties chaque année dans "
                "l’éducation, la santé, la jeunesse et l’autonomie des femmes.</li>"
                "<li>La reforestation et la protection de la forêt amazonienne.</li>"
                "</ul>",
            ),
            (
                "call_to_action",
                {
                    "text": "Acheteurs, partenaires, journalistes : écrivez-nous.",
                    "label": "Contact",
                    "page": "contact",
                },
            ),
        ],
        "es": [
            ("heading", "¿Quiénes somos?"),
            (
                "paragraph",
                "<p>Razón social: <b>Cooperativa Agraria Cacaotera ACOPAGRO Ltda.</b> Sede: "
                "Juanjuí, provincia de Mariscal Cáceres, región San Martín, Perú.</p>"
                "<p>Nacida en 1997 de la Asociación de Productores Cacaoteros de Tocache, "
                "fundada por 27 productores, la cooperativa practica desde hace más de 25 "
                "años una agricultura orgánica, de comercio justo y regenerativa. Sus socios "
                "viven en cuatro provincias:</p>"
                "<ul>"
                "<li>Mariscal Cáceres;</li>"
                "<li>Huallaga;</li>"
                "<li>Bellavista;</li>"
                "<li>Picota.</li>"
                "</ul>",
            ),
            (
                "impact_figures",
                {
                    "heading": "La cooperativa en cifras",
                    "figures": ["member-families", "provinces", "biotechnicians", "trees-planted"],
                },
            ),
            ("heading", "Nuestros compromisos"),
            (
                "paragraph",
                "<ul>"
                "<li>Un cacao orgánico, cultivado en sistemas agroforestales y totalmente "
                "trazable.</li>"
                "<li>Primas del comercio justo reinvertidas cada año en educación, salud, "
                "jóvenes y autonomía de las mujeres.</li>"
                "<li>La reforestación y la protección del bosque amazónico.</li>"
                "</ul>",
            ),
            (
                "call_to_action",
                {
                    "text": "Compradores, aliados, periodistas: escríbanos.",
                    "label": "Contacto",
                    "page": "contact",
                },
            ),
        ],
    },
}

CONTACT = {
    "type": "ContactPage",
    "slug": {"fr": "contact", "es": "contacto"},
    "show_in_menus": True,
    "title": {"fr": "Contact", "es": "Contacto"},
    "search_description": {
        "fr": "Contacter la coopérative ACOPAGRO, dont le siège est à Juanjuí, région de San Martín, Pérou.",
        "es": "Contacte a la cooperativa ACOPAGRO, con sede en Juanjuí, región San Martín, Perú.",
    },
    "intro": {
        "fr": (
            "Acheteurs de cacao, partenaires, journalistes : la coopérative répond depuis son "
            "siège de Juanjuí, dans la région de San Martín."
        ),
        "es": (
            "Compradores de cacao, aliados, periodistas: la cooperativa les atiende desde su "
            "sede en Juanjuí, en la región San Martín."
        ),
    },
    "image": "river",
    "form_intro": {
        "fr": (
            "Échantillons, volumes et prix, partenariat, presse : décrivez votre demande, "
            "l’équipe de la coopérative vous répond par email."
        ),
        "es": (
            "Muestras, volúmenes y precios, alianzas, prensa: describa su solicitud y el "
            "equipo de la cooperativa le responderá por correo electrónico."
        ),
    },
    "thank_you_text": {
        "fr": (
            "Merci, votre message est bien arrivé à la coopérative. Nous vous répondrons "
            "par email à l’adresse indiquée."
        ),
        "es": (
            "Gracias, su mensaje llegó a la cooperativa. Le responderemos por correo "
            "electrónico a la dirección indicada."
        ),
    },
    "body": {
        "fr": [
            ("heading", "Qui peut nous écrire ?"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Acheteurs</b> : chocolatiers et importateurs intéressés par un cacao "
                "biologique, équitable, certifié Demeter et traçable.</li>"
                "<li><b>Partenaires</b> : organisations qui souhaitent soutenir les programmes "
                "sociaux ou les projets de reforestation.</li>"
                "<li><b>Journalistes</b> : chaque chiffre publié sur ce site indique sa source "
                "et la date à laquelle il est valable.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "image": "river",
                    "caption": "La coopérative a son siège à Juanjuí, dans la région de San Martín.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Avant de nous écrire, découvrez qui nous sommes.",
                    "label": "À propos",
                    "page": "a-propos",
                },
            ),
        ],
        "es": [
            ("heading", "¿Quiénes pueden escribirnos?"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Compradores</b>: chocolateros e importadores interesados en un cacao "
                "orgánico, de comercio justo, con certificación Demeter y trazable.</li>"
                "<li><b>Aliados</b>: organizaciones que desean apoyar los programas sociales "
                "o los proyectos de reforestación.</li>"
                "<li><b>Periodistas</b>: cada cifra publicada en este sitio indica su fuente "
                "y la fecha en que es válida.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "image": "river",
                    "caption": "La cooperativa tiene su sede en Juanjuí, en la región San Martín.",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Antes de escribirnos, conozca quiénes somos.",
                    "label": "Quiénes somos",
                    "page": "a-propos",
                },
            ),
        ],
    },
}

LEGAL = {
    "type": "StandardPage",
    "slug": {"fr": "mentions-legales", "es": "aviso-legal"},
    "show_in_menus": False,
    "title": {"fr": "Mentions légales", "es": "Aviso legal"},
    "search_description": {
        "fr": "Éditeur du site, droits sur les contenus, sources des chiffres et cookies : les mentions légales du site d’ACOPAGRO.",
        "es": "Editor del sitio, derechos sobre los contenidos, fuentes de las cifras y cookies: el aviso legal del sitio de ACOPAGRO.",
    },
    "intro": {
        "fr": (
            "Qui publie ce site, comment réutiliser ses contenus, d’où viennent ses chiffres "
            "et quelles données il enregistre."
        ),
        "es": (
            "Quién publica este sitio, cómo reutilizar sus contenidos, de dónde provienen "
            "sus cifras y qué datos registra."
        ),
    },
    "image": None,
    "body": {
        "fr": [
            ("heading", "Éditeur"),
            (
                "paragraph",
                "<p>Ce site est publié par la <b>Cooperativa Agraria Cacaotera ACOPAGRO "
                "Ltda.</b>, dont le siège est à Juanjuí, province de Mariscal Cáceres, région "
                "de San Martín, Pérou.</p>",
            ),
            ("heading", "Contenus et droits de reproduction"),
            (
                "paragraph",
                "<p>Les textes et illustrations de ce site appartiennent à ACOPAGRO. Ils "
                "peuvent être cités et repris à des fins d’information, à condition de "
                "mentionner ACOPAGRO comme source. Toute autre réutilisation, notamment "
                "commerciale, demande l’accord préalable de la coopérative.</p>"
                "<p>Les images du site sont des illustrations stylisées, et non des "
                "photographies.</p>",
            ),
            ("heading", "Sources des chiffres"),
            (
                "paragraph",
                "<p>Les chiffres présentés sur ce site (membres, arbres plantés, surfaces "
                "protégées, carbone séquestré…) sont fournis par la coopérative. Chacun "
                "indique sa source et la date à laquelle il est valable. Si vous constatez "
                "une erreur, merci de la signaler à la coopérative.</p>",
            ),
            ("heading", "Données personnelles et cookies"),
            (
                "paragraph",
                "<p>Le site ne dépose qu’un seul cookie, qui mémorise la langue choisie "
                "(français ou espagnol). Il n’utilise ni cookie publicitaire ni outil de "
                "mesure d’audience.</p>",
            ),
        ],
        "es": [
            ("heading", "Editor"),
            (
                "paragraph",
                "<p>Este sitio es publicado por la <b>Cooperativa Agraria Cacaotera ACOPAGRO "
                "Ltda.</b>, con sede en Juanjuí, provincia de Mariscal Cáceres, región San "
                "Martín, Perú.</p>",
            ),
            ("heading", "Contenidos y derechos de reproducción"),
            (
                "paragraph",
                "<p>Los textos e ilustraciones de este sitio pertenecen a ACOPAGRO. Pueden "
                "citarse y reproducirse con fines informativos, siempre que se mencione a "
                "ACOPAGRO como fuente. Cualquier otro uso, en particular comercial, requiere "
                "la autorización previa de la cooperativa.</p>"
                "<p>Las imágenes del sitio son ilustraciones estilizadas, no fotografías.</p>",
            ),
            ("heading", "Fuentes de las cifras"),
            (
                "paragraph",
                "<p>Las cifras que presenta este sitio (socios, árboles sembrados, "
                "superficies protegidas, carbono capturado…) son proporcionadas por la "
                "cooperativa. Cada una indica su fuente y la fecha en que es válida. Si "
                "encuentra un error, le agradecemos informarlo a la cooperativa.</p>",
            ),
            ("heading", "Datos personales y cookies"),
            (
                "paragraph",
                "<p>El sitio solo utiliza una cookie, que recuerda el idioma elegido "
                "(francés o español). No usa cookies publicitarias ni herramientas de "
                "medición de audiencia.</p>",
            ),
        ],
    },
}

IMPACT = {
    "type": "ImpactPage",
    "slug": {"fr": "impact", "es": "impacto"},
    "show_in_menus": True,
    "title": {"fr": "Notre impact", "es": "Nuestro impacto"},
    "seo_title": {
        "fr": "L’impact d’ACOPAGRO en chiffres, avec leurs sources",
        "es": "El impacto de ACOPAGRO en cifras, con sus fuentes",
    },
    "search_description": {
        "fr": (
            "Familles membres, arbres plantés, forêt protégée, CO₂ séquestré : les chiffres "
            "d’ACOPAGRO, chacun avec sa source et sa date."
        ),
        "es": (
            "Familias socias, árboles sembrados, bosque protegido, CO₂ secuestrado: las "
            "cifras de ACOPAGRO, cada una con su fuente y su fecha."
        ),
    },
    "intro": {
        "fr": (
            "Les chiffres clés de la coopérative, réunis sur une seule page. Chacun indique "
            "sa source et la date à laquelle il est valable : vous pouvez les citer."
        ),
        "es": (
            "Las cifras clave de la cooperativa, reunidas en una sola página. Cada una "
            "indica su fuente y la fecha en que es válida: puede citarlas."
        ),
    },
    "image": None,
}

SECTIONS = [HISTORY, QUALITY, SOCIAL, CLIMATE, IMPACT, STORIES, ABOUT, CONTACT, LEGAL]


# --- Site settings (footer, contact details) -------------------------------------------
# Only what the facts say: the headquarters town. Phone, email and social links are left
# for the cooperative's staff to fill in the admin rather than invented here.
SITE_SETTINGS = {
    "address": {
        "fr": "Cooperativa Agraria Cacaotera ACOPAGRO Ltda.\nJuanjuí, province de Mariscal Cáceres\nSan Martín, Pérou",
        "es": "Cooperativa Agraria Cacaotera ACOPAGRO Ltda.\nJuanjuí, provincia de Mariscal Cáceres\nSan Martín, Perú",
    },
    "footer_text": {
        "fr": "Cacao biologique, équitable et traçable de l’Amazonie péruvienne, cultivé en agroforesterie par plus de 2 000 familles de San Martín.",
        "es": "Cacao orgánico, de comercio justo y trazable de la Amazonía peruana, cultivado en sistemas agroforestales por más de 2.000 familias de San Martín.",
    },
    "default_share_image": "hero",
}
