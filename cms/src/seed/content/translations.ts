/**
 * Demo translations: the Spanish edition of the PSG report on artisanal gold mining.
 * Summary, body and PDF written afresh in Spanish.
 */
import type { DemoTranslation } from './types'

export const demoTranslations: DemoTranslation[] = [
  {
    original: { collection: 'reports', slug: 'artisanal-gold-mining-in-peru' },
    language: 'es',
    slug: 'mineria-aurifera-artesanal-y-en-pequena-escala-en-peru',
    title: 'Minería aurífera artesanal y en pequeña escala en Perú',
    publishedAt: '2012-09-26T09:00:00.000Z',
    translator: 'Equipo de traductores voluntarios del Peru Support Group',
    summary:
      'A la minería artesanal y en pequeña escala (MAPE) se le culpa de la deforestación, la contaminación por mercurio y el avance del crimen organizado. Este informe del Peru Support Group, publicado en español y en inglés, examina cuánto de esa responsabilidad le corresponde realmente y sostiene que el debate se ha visto empañado por no separar el tamaño de las operaciones de su situación legal.',
    body: `
## Por qué este informe

La extracción de oro por parte de personas, familias y pequeñas empresas ha crecido de forma espectacular en el Perú durante la última década, impulsada sobre todo por el alza del precio internacional del metal. Hoy es el sustento de un gran número de personas, muchas de ellas migrantes procedentes de las zonas más pobres de la sierra. Al mismo tiempo, se la asocia con daños graves: la tala de bosque amazónico en Madre de Dios, el uso y la liberación de mercurio, condiciones de trabajo peligrosas, trabajo infantil y, en algunas zonas, la presencia de redes criminales.

En el debate público todo ello suele presentarse como un único fenómeno. Este informe plantea una pregunta más precisa: ¿qué problemas pueden atribuirse con justicia a la MAPE y cuáles se deben a determinadas formas de practicarla?

## Dos preguntas distintas: tamaño y modalidad

El argumento central del informe es que se confunden habitualmente dos distinciones.

- **El tamaño** se refiere a la dimensión de la operación. La legislación peruana diferencia entre minería artesanal, pequeña, mediana y gran minería, en términos generales según la superficie trabajada y el volumen de material que se procesa al día.
- **La modalidad** se refiere a la relación de la operación con la ley. La minería *formal* cuenta con todos los permisos exigidos. La *informal* trabaja sin algunos de ellos, en zonas donde la actividad no está prohibida, y puede estar en vías de formalización. La *ilegal* opera donde la minería está vedada —áreas naturales protegidas o cauces de ríos, por ejemplo— o utiliza maquinaria prohibida.

Ambas clasificaciones no coinciden de manera sencilla, como muestra la tabla siguiente.

| Tamaño | Formal | Informal | Ilegal |
|---|---|---|---|
| Artesanal | Poco frecuente: los permisos resultan caros frente a los ingresos | Muy frecuente: familias que trabajan sin toda la documentación | Lavado de oro o dragado en áreas protegidas |
| Pequeña escala | Existe, a menudo tras años de trámites | Frecuente: puede estar en proceso de formalización | Dragado mecanizado en ríos y reservas forestales |
| Mediana escala | Lo habitual | Poco frecuente | Ocasional, a menudo ligada a redes criminales |
| Gran escala | Lo habitual | Muy rara | Muy rara |

Buena parte de los peores daños no la causan los productores más pequeños, sino operaciones con abundante capital y maquinaria pesada que trabajan en zonas prohibidas, y que no son ni artesanales ni, en un sentido real, pequeñas.

## Principales conclusiones

- Meter en el mismo saco a toda la pequeña minería lleva a políticas que criminalizan a los productores más pobres sin alcanzar a los financistas y comerciantes que más se benefician.
- La formalización se ha estancado porque el proceso es caro, lento y complejo, y porque muchos mineros trabajan en terrenos cuya concesión pertenece a otra persona.
- La contaminación por mercurio es un problema real y grave, pero puede reducirse de forma considerable con técnicas probadas y asequibles, siempre que los mineros cuenten con la seguridad y el apoyo necesarios para adoptarlas.
- Los decretos aprobados por el Gobierno en 2012 respondían a una situación de crisis, pero su efecto dependerá de que la fiscalización se dirija a quien corresponde y de que exista un camino realista hacia la legalidad.

## Recomendaciones

Proponemos un proceso de formalización más sencillo y barato; medidas firmes contra la minería ilegal y las redes que la sostienen; asistencia técnica para reducir el uso de mercurio; y la participación de las comunidades indígenas afectadas en las decisiones sobre la minería en sus territorios. El informe completo puede descargarse en español y en inglés.
`,
    pdf: {
      key: 'report-artisanal-gold-mining-es',
      title: 'Minería aurífera artesanal y en pequeña escala en Perú',
      language: 'es',
      description: 'Informe del Peru Support Group sobre la minería aurífera artesanal y en pequeña escala en el Perú (edición en español).',
      pages: [
        {
          heading: 'Introducción',
          paragraphs: [
            'La minería aurífera artesanal y en pequeña escala se ha extendido con rapidez en el Perú a medida que subía el precio internacional del oro. De ella viven muchos mineros y sus familias, que en gran parte han llegado a las zonas mineras desde la sierra en busca de trabajo.',
            'Al sector se le atribuye una larga lista de problemas, desde la contaminación por mercurio y la deforestación hasta la inseguridad laboral y los vínculos con el crimen organizado. Este informe analiza hasta qué punto esa reputación está justificada.',
            'Para ello nos basamos en estudios publicados, datos oficiales, entrevistas con asociaciones de mineros y organizaciones de la sociedad civil, y visitas a zonas mineras del sur del país.',
          ],
        },
        {
          heading: 'Tamaño y modalidad: una distinción necesaria',
          paragraphs: [
            'Con frecuencia el debate no separa dos cuestiones: qué dimensión tiene una operación y si cumple o no la ley. La minería artesanal, pequeña, mediana y grande se diferencian por la superficie trabajada y el volumen procesado; la minería formal, informal e ilegal, por su situación jurídica.',
            'Un minero artesanal sin todos los permisos que trabaja en una zona donde la actividad está permitida se encuentra en una situación muy distinta de la de una operación bien financiada que draga un río dentro de un área protegida. Tratarlos por igual da lugar a políticas injustas e ineficaces.',
            'Gran parte del daño ambiental que se achaca a la minería artesanal lo provocan, en realidad, operaciones mecanizadas de mayor tamaño que actúan al margen de la ley.',
          ],
        },
        {
          heading: 'Conclusiones y recomendaciones',
          paragraphs: [
            'La formalización debe ser más sencilla, barata y rápida, prestando especial atención a los mineros que trabajan en terrenos cuya concesión pertenece a terceros.',
            'La fiscalización debe concentrarse en la minería ilegal en zonas prohibidas y en quienes la financian, abastecen y compran su producción, no en los productores más pobres.',
            'Es preciso apoyar a los mineros para que adopten técnicas más limpias y consultar a las comunidades indígenas afectadas sobre las decisiones mineras que afecten a sus territorios.',
          ],
        },
      ],
    },
  },
]
