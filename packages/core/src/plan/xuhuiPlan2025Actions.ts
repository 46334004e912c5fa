import type { PlanActionInput } from "./PlanAction.js";

// The eight key projects (三、重点项目) of the Xuhui plan. `textZh`, `titleZh`, `nameZh`, `titleZh` and
// `departmentsTextZh` are verbatim from the source (ASCII punctuation as published); English is our summary.

/**
 * The eight actions of {@link xuhuiPlan2025}, in the plan's order (三(一)–(八)), with their numbered tasks.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 三、重点项目.
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.actions.map((a) => a.nameZh); // ["汇善铸魂", "汇泽润心", …, "汇守平安"]
 * ```
 */
export const xuhuiPlan2025Actions: ReadonlyArray<PlanActionInput> = [
  {
    id: "huishan-zhuhun",
    numeral: "(一)",
    nameZh: "汇善铸魂",
    nameEn: "Gather Goodness, Forge the Soul",
    titleZh: "“汇善铸魂”思政育人行动",
    titleEn: "“Gather Goodness, Forge the Soul”: civic and moral education action",
    theme: "civic-moral",
    departmentsTextZh: "牵头部门:区委宣传部、区教育局,配合部门:区文旅局、区科委、区科协、团区委、各街镇",
    leadDepartments: ["publicity-department", "education-bureau"],
    supportDepartments: [
      "culture-tourism-bureau",
      "science-technology-commission",
      "science-association",
      "youth-league",
      "subdistricts-and-towns",
    ],
    tasks: [
      {
        id: "civics-curriculum-reform",
        number: 1,
        titleZh: "深化思政课程改革",
        titleEn: "Deepen the reform of civics courses",
        textZh:
          "深化思政课程改革。构建大中小一体化、校内外一体化、知信行一体化的“大思政课”工作格局,联动探索跨学段、跨学科、跨领域教研教学;推广理实结合的案例教学,形成“初心之地上的思政金课”系列;",
        summaryEn:
          "Build a “big civics class” that is integrated across university, secondary and primary stages, in and out of school, and across knowing, believing and doing; explore teaching research across stages, subjects and fields; spread case teaching that joins theory and practice, producing the “golden civics lessons at the birthplace of the founding mission” series.",
        capabilities: ["course-platform"],
        parameters: [],
      },
      {
        id: "civics-teacher-development",
        number: 2,
        titleZh: "促进教师专业提质",
        titleEn: "Raise civics teachers' professional quality",
        textZh:
          "促进教师专业提质。协同赋能思政教师培育,通过联合备课、专家授课等形式,将行业资源转化为教育资源,提升教师的社会理解能力与课程实施力,持续打造“‘协’手‘汇’铸大师资”等品牌;",
        summaryEn:
          "Develop civics teachers together with outside partners: through joint lesson preparation and expert teaching, turn sector resources into teaching resources, strengthen teachers' understanding of society and their ability to deliver courses, and keep building brands such as “Hand in Hand, Forging Great Teachers”.",
        capabilities: ["expert-pool", "training-records"],
        parameters: [],
      },
      {
        id: "civics-resource-scenes",
        number: 3,
        titleZh: "推动资源融合创新",
        titleEn: "Combine resources in new ways",
        textZh:
          "推动资源融合创新。围绕徐汇“六个百年”文化,打造“教育+思政”“建筑+思政”“电影+思政”“音乐+思政”“气象+思政”“工业+思政”六大特色育人场景。",
        summaryEn:
          "Around Xuhui's “six centuries-old legacies” culture, build six signature learning scenes that pair civics with education, architecture, film, music, meteorology and industry.",
        capabilities: ["venue-map"],
        parameters: [],
      },
    ],
  },
  {
    id: "huize-runxin",
    numeral: "(二)",
    nameZh: "汇泽润心",
    nameEn: "Gather Care, Nourish the Heart",
    titleZh: "“汇泽润心”医教互促行动",
    titleEn: "“Gather Care, Nourish the Heart”: health–education action",
    theme: "medical-education",
    departmentsTextZh: "牵头部门:区教育局、区卫健委,配合部门:区委网信办、公安分局、区妇联、各街镇",
    leadDepartments: ["education-bureau", "health-commission"],
    supportDepartments: ["cyberspace-office", "public-security-branch", "womens-federation", "subdistricts-and-towns"],
    tasks: [
      {
        id: "teacher-mental-health-capacity",
        number: 1,
        titleZh: "赋能教师育心能力",
        titleEn: "Equip teachers to support students' mental health",
        textZh:
          "赋能教师育心能力。聚焦学生心理行为特征、发展需求、常见问题等,开发全员心理健康育人能力提升培训课程,纳入“十五五”教师培训必修模块;",
        summaryEn:
          "Focusing on students' psychological and behavioural traits, developmental needs and common problems, develop mental-health training for all staff and make it a compulsory module of teacher training in the 15th Five-Year Plan period.",
        capabilities: ["training-records"],
        parameters: [],
      },
      {
        id: "warning-and-tiered-response",
        number: 2,
        titleZh: "优化预警分层响应",
        titleEn: "Improve early warning and tiered response",
        textZh:
          "优化预警分层响应。全覆盖开展“学生身心发展指数”评估,智能推送“一生一策”;根据四阶预警清单,形成动态化学生高风险关爱大数据库,建立分层响应机制,协同推进个体关爱行动;",
        summaryEn:
          "Assess every student with the “student physical and mental development index” and push an individual plan for each student; from a four-tier warning list, keep a dynamic database of high-risk students in need of care, set up a tiered response, and coordinate individual care.",
        capabilities: [
          "development-index",
          "one-plan-per-student",
          "four-tier-warning",
          "care-registry",
          "tiered-response",
        ],
        parameters: [
          {
            id: "warning-tiers",
            textZh: "根据四阶预警清单",
            labelEn: "Number of tiers in the warning list",
            value: 4,
            unit: "tier",
          },
        ],
      },
      {
        id: "full-chain-services",
        number: 3,
        titleZh: "建立全链服务体系",
        titleEn: "Build an end-to-end service chain",
        textZh:
          "建立全链服务体系。社区卫生中心全覆盖设立“青少年心理咨询门诊”;落实健康副校长和“一校一医”对接机制;畅通市精卫中心等三甲医院“绿色通道”;组建区学生心理健康促进专家库。",
        summaryEn:
          "Open a youth psychological counselling clinic in every community health centre; put health vice-principals and a one-school-one-doctor link in place; keep a fast-track referral channel to tertiary hospitals such as the Shanghai Mental Health Center; form a district expert pool for student mental health.",
        capabilities: ["school-doctor-pairing", "referral-pathway", "expert-pool"],
        parameters: [],
      },
    ],
  },
  {
    id: "ronghui-heyu",
    numeral: "(三)",
    nameZh: "融汇合育",
    nameEn: "Join Together, Raise Together",
    titleZh: "“融汇合育”家校互动行动",
    titleEn: "“Join Together, Raise Together”: home–school interaction action",
    theme: "home-school",
    departmentsTextZh: "牵头部门:区教育局、区妇联,配合部门:区委宣传部、区文旅局、区民政局、各街镇",
    leadDepartments: ["education-bureau", "womens-federation"],
    supportDepartments: [
      "publicity-department",
      "culture-tourism-bureau",
      "civil-affairs-bureau",
      "subdistricts-and-towns",
    ],
    tasks: [
      {
        id: "family-education-support",
        number: 1,
        titleZh: "重构家庭教育支持",
        titleEn: "Rebuild support for family education",
        textZh:
          "重构家庭教育支持。建立区家庭教育指导专家库、资源库,普及科学教养;建立“知心慧语”智能陪练系统,改善亲子互动;",
        summaryEn:
          "Set up a district pool of family-education experts and a resource library to spread sound parenting; build the “Zhixin Huiyu” intelligent practice system to improve parent–child interaction.",
        capabilities: ["expert-pool", "registries", "parent-coaching-assistant"],
        parameters: [],
      },
      {
        id: "family-assessment-support",
        number: 2,
        titleZh: "实施家庭评估帮扶",
        titleEn: "Assess and support families",
        textZh:
          "实施家庭评估帮扶。全覆盖开展“家庭环境适宜度”评估,根据家庭养育风格,智能推送“一类一方”主题课程;组团帮扶各类特殊家庭,精准提供分层分类指导;",
        summaryEn:
          "Assess the suitability of every family's home environment; by parenting style, push themed courses per family type (“one type, one prescription”); support families in special circumstances with teams and give tiered, type-specific guidance.",
        capabilities: ["family-assessment", "course-push-by-family-type", "tiered-family-support"],
        parameters: [],
      },
      {
        id: "science-parenting-advocacy",
        number: 3,
        titleZh: "全面倡导科学育儿",
        titleEn: "Promote evidence-based parenting",
        textZh:
          "全面倡导科学育儿。依托“家+书屋”等阵地开展“育儿‘心’篇”全民阅读行动;立足市级媒体“民生大直播”推出“徐徐道来”栏目,传播科学育儿理念;深化“超级家长汇”等品牌。",
        summaryEn:
          "Run a public reading campaign on parenting through venues such as the “Home+ Bookhouse”; launch the “Xu Xu Dao Lai” segment on the municipal programme “Minsheng Live” to spread sound parenting ideas; deepen brands such as “Super Parents Club”.",
        capabilities: ["publicity"],
        parameters: [],
      },
    ],
  },
  {
    id: "huijian-zhenzhi",
    numeral: "(四)",
    nameZh: "汇践真知",
    nameEn: "Gather Practice, Gain True Knowledge",
    titleZh: "“汇践真知”社教同频行动",
    titleEn: "“Gather Practice, Gain True Knowledge”: society–school action",
    theme: "society-education",
    departmentsTextZh: "牵头部门:区教育局,配合部门:区数据局、区总工会、团区委、各街镇",
    leadDepartments: ["education-bureau"],
    supportDepartments: ["data-bureau", "trade-union-federation", "youth-league", "subdistricts-and-towns"],
    tasks: [
      {
        id: "digital-cockpit",
        number: 1,
        titleZh: "开发数字协同驾驶舱",
        titleEn: "Develop the digital coordination cockpit",
        textZh:
          "开发数字协同驾驶舱。打造“教联体智慧治理中心”,集合责任清单、资源清单、场所清单、项目清单、专家清单,实现需求匹配和资源调度;",
        summaryEn:
          "Build the Jiaolianti smart governance centre that brings together the lists of responsibilities, resources, venues, projects and experts, and matches demand to resources and schedules them.",
        capabilities: ["cockpit-dashboard", "registries", "expert-pool", "demand-matching", "resource-scheduling"],
        parameters: [],
      },
      {
        id: "practice-education-quality",
        number: 2,
        titleZh: "提升实践育人质量",
        titleEn: "Raise the quality of learning through practice",
        textZh:
          "提升实践育人质量。实施教育协同品牌“双百”项目,培育100个协同育人特色项目,孵化100个家校社协同创新案例;依托劳模工作室、工匠学院等载体,强化劳动育人;",
        summaryEn:
          "Run the “double hundred” brand programme: cultivate 100 signature collaborative-education projects and incubate 100 innovative home–school–society cases; strengthen labour education through model-worker studios, craftsman academies and the like.",
        capabilities: ["case-library", "registries"],
        parameters: [],
      },
      {
        id: "last-mile-practice-circles",
        number: 3,
        titleZh: "打通最后一公里",
        titleEn: "Close the last mile",
        textZh:
          "打通最后一公里。挖掘学校属地资源,结合各街道“一街一品”及学区“德育圈”建设,打造各具特色的学校15分钟校外实践育人圈。",
        summaryEn:
          "Map each school's local resources and, with each subdistrict's “one street, one speciality” and the school districts' moral-education circles, give every school its own distinctive 15-minute out-of-school practice circle.",
        capabilities: ["practice-circle-15min", "venue-map", "registries"],
        parameters: [
          {
            id: "practice-circle-minutes",
            textZh: "学校15分钟校外实践育人圈",
            labelEn: "Travel time that bounds a school's out-of-school practice circle",
            value: 15,
            unit: "minute",
            noteEn:
              "The text does not state the travel mode (walking, cycling, public transport); engines must choose one and say so.",
          },
        ],
      },
    ],
  },
  {
    id: "zhihui-weilai",
    numeral: "(五)",
    nameZh: "智汇未来",
    nameEn: "Gather Wisdom for the Future",
    titleZh: "“智汇未来”科教互联行动",
    titleEn: "“Gather Wisdom for the Future”: science–education action",
    theme: "science-education",
    departmentsTextZh: "牵头部门:区教育局、区科委、区科协,配合部门:区新工办",
    leadDepartments: ["education-bureau", "science-technology-commission", "science-association"],
    supportDepartments: ["new-industrialisation-office"],
    tasks: [
      {
        id: "science-venue-coordination",
        number: 1,
        titleZh: "加强校外场所统筹",
        titleEn: "Coordinate out-of-school science venues",
        textZh:
          "加强校外场所统筹。继续扩容科学教育基地“四横七纵”图谱,新增30个适合青少年学习探究的科学场所,社校合作助力创新人才早期培养;",
        summaryEn:
          "Keep extending the “four horizontal, seven vertical” map of science-education bases, add 30 science venues suited to young people's learning and inquiry, and let society and schools jointly nurture innovative talent early.",
        capabilities: ["venue-map", "registries"],
        parameters: [],
      },
      {
        id: "science-teacher-teams",
        number: 2,
        titleZh: "组建教师专业团队",
        titleEn: "Form professional science-teaching teams",
        textZh:
          "组建教师专业团队。学校全覆盖形成科学学科教师、科技总指导、校外科技专业人员“三位一体”的科学教育教师团队,聘任100名区科学教育专家委员,培育2000名校内外科学教育骨干工作者;",
        summaryEn:
          "Give every school a three-part science-teaching team (science teachers, a chief science-and-technology adviser, outside science professionals); appoint 100 district science-education expert committee members; train 2,000 key science-education practitioners in and out of school.",
        capabilities: ["expert-pool", "training-records", "registries"],
        parameters: [],
      },
      {
        id: "science-course-platform",
        number: 3,
        titleZh: "建设数字资源平台",
        titleEn: "Build a digital resource platform",
        textZh:
          "建设数字资源平台。发挥数字化赋能效能,建立区“优质科学课程资源平台”,每年征集、遴选100门科普、科创特色课程,推广至课后服务、科学社团等。",
        summaryEn:
          "Set up a district platform of high-quality science courses; each year collect and select 100 distinctive popular-science and science-innovation courses and extend them to after-school services, science clubs and the like.",
        capabilities: ["course-platform"],
        parameters: [],
      },
    ],
  },
  {
    id: "huijiao-xingwen",
    numeral: "(六)",
    nameZh: "汇教兴文",
    nameEn: "Gather Education, Flourish Culture",
    titleZh: "“汇教兴文”文教互通行动",
    titleEn: "“Gather Education, Flourish Culture”: culture–education action",
    theme: "culture-education",
    departmentsTextZh: "牵头部门:区教育局、区文旅局,配合部门:区委宣传部、各街镇",
    leadDepartments: ["education-bureau", "culture-tourism-bureau"],
    supportDepartments: ["publicity-department", "subdistricts-and-towns"],
    tasks: [
      {
        id: "red-culture-matrix",
        number: 1,
        titleZh: "打造红色文化矩阵",
        titleEn: "Build a red-culture matrix",
        textZh:
          "打造红色文化矩阵。整合红色资源点位,凝聚以“龙华魂”为核心的红色精神图谱;弘扬优秀传统文化,持续推广戏曲、书法、篆刻等非遗课程;",
        summaryEn:
          "Bring red-heritage sites together into a map of revolutionary spirit centred on the “Longhua Spirit”; promote fine traditional culture and keep spreading intangible-heritage courses such as opera, calligraphy and seal carving.",
        capabilities: ["venue-map", "course-platform"],
        parameters: [],
      },
      {
        id: "teacher-aesthetic-capacity",
        number: 2,
        titleZh: "提升教师育美能力",
        titleEn: "Raise teachers' capacity for arts education",
        textZh:
          "提升教师育美能力。加强专业艺术院校、院团、文化场馆在教师素养提升上的引领作用,每年开展30场名师工作室、艺术大师班研训活动,覆盖1000人次,打造一批美育“名团队”;",
        summaryEn:
          "Let art schools, performing companies and cultural venues lead teacher development: each year hold 30 master-teacher studio and artist master-class training sessions reaching 1,000 attendances, and build a group of renowned arts-education teams.",
        capabilities: ["training-records"],
        parameters: [],
      },
      {
        id: "social-arts-resources",
        number: 3,
        titleZh: "统筹社会美育资源",
        titleEn: "Coordinate society's arts-education resources",
        textZh:
          "统筹社会美育资源。深化“汇美育”大联盟,用好徐汇历史风貌和文化遗产,打造10个集鉴赏、实践、创造为一体的艺术课堂集群;推进青少年博物馆研学项目,擦亮“家门口的博物馆”“名家艺术季”“交响乐进课堂”等品牌;推动社会场馆向学生免费或公益开放。",
        summaryEn:
          "Deepen the “Hui Meiyu” arts-education alliance; use Xuhui's historic townscape and heritage to build 10 art-classroom clusters combining appreciation, practice and creation; advance youth museum study projects and brands such as “Museums on Your Doorstep”, “Masters' Art Season” and “Symphony in the Classroom”; open venues to students free or at public-benefit terms.",
        capabilities: ["venue-map", "venue-open-access", "course-platform"],
        parameters: [],
      },
    ],
  },
  {
    id: "huidong-jianti",
    numeral: "(七)",
    nameZh: "汇动健体",
    nameEn: "Gather in Motion, Build Healthy Bodies",
    titleZh: "“汇动健体”体教互融行动",
    titleEn: "“Gather in Motion, Build Healthy Bodies”: sport–education action",
    theme: "sports-education",
    departmentsTextZh: "牵头部门:区教育局、区体育局,配合部门:区委宣传部、各街镇",
    leadDepartments: ["education-bureau", "sports-bureau"],
    supportDepartments: ["publicity-department", "subdistricts-and-towns"],
    tasks: [
      {
        id: "coaching-staff",
        number: 1,
        titleZh: "强化师资力量配置",
        titleEn: "Strengthen coaching staff",
        textZh:
          "强化师资力量配置。选派不少于50名专业教练员入校,鼓励学校设立专兼职教练员岗位,“一条龙”布局学校、上海市青少年高水平运动队所在学校先行先试;",
        summaryEn:
          "Send at least 50 professional coaches into schools; encourage schools to create full- and part-time coach posts, piloting first in “through-train” (一条龙) schools and schools hosting Shanghai's high-level youth teams.",
        capabilities: ["coach-pairing"],
        parameters: [],
      },
      {
        id: "competition-system",
        number: 2,
        titleZh: "完善体育赛事体系",
        titleEn: "Complete the competition system",
        textZh:
          "完善体育赛事体系。建立“区-校-社”分层赛事体系,完善和扩大区级赛事规模,参赛人次不少于全区中小学生30%;支持社会组织承办青少年体育赛事;鼓励学校、社区组织亲子体育赛事;",
        summaryEn:
          "Set up a district–school–community tiered competition system; enlarge district competitions so that participations reach at least 30 % of the district's primary and secondary students; support social organisations hosting youth competitions; encourage schools and communities to run parent–child events.",
        capabilities: ["tiered-competitions"],
        parameters: [],
      },
      {
        id: "sports-culture",
        number: 3,
        titleZh: "培育醇厚体育文化",
        titleEn: "Cultivate a rich sports culture",
        textZh:
          "培育醇厚体育文化。做好学生综合运动2小时的全域宣传;大力宣传学校“一校多品”体育特色项目;持续开展好冠军进校园等活动,组织高水平运动赛事观摩。",
        summaryEn:
          "Publicise the two hours of comprehensive exercise for students district-wide; promote schools' “one school, several sports” specialities; keep bringing champions into schools and organise visits to high-level competitions.",
        capabilities: ["publicity"],
        parameters: [
          {
            id: "comprehensive-exercise-hours",
            textZh: "学生综合运动2小时",
            labelEn: "Students' comprehensive exercise time that the plan publicises",
            value: 2,
            unit: "hour",
            noteEn:
              "The plan commits to publicising this standard, not to a target of its own, and the text does not say over what period the two hours are counted.",
          },
        ],
      },
    ],
  },
  {
    id: "huishou-pingan",
    numeral: "(八)",
    nameZh: "汇守平安",
    nameEn: "Gather to Guard Safety",
    titleZh: "“汇守平安”警校同步行动",
    titleEn: "“Gather to Guard Safety”: police–school action",
    theme: "police-school",
    departmentsTextZh: "牵头部门:公安分局、区教育局,配合部门:区委网信办、区司法局、各街镇",
    leadDepartments: ["public-security-branch", "education-bureau"],
    supportDepartments: ["cyberspace-office", "justice-bureau", "subdistricts-and-towns"],
    tasks: [
      {
        id: "campus-safety",
        number: 1,
        titleZh: "共护校园内外安全",
        titleEn: "Keep schools and their surroundings safe together",
        textZh:
          "共护校园内外安全。实施“护校安园”行动,落实“护学岗”“高峰勤务”制度;净化青少年网络环境,在重点行业头部企业设立未成年人网络保护联络站;依托“三所联动”“人民调解”等矛盾化解机制,多元化解家校纠纷。",
        summaryEn:
          "Run the campus-protection campaign with school-gate guard posts and rush-hour duty; clean up young people's online environment and set up minors' online-protection liaison stations in leading firms of key industries; resolve home–school disputes through several channels such as the police-station/justice-office/law-firm link-up and people's mediation.",
        capabilities: ["resource-scheduling", "dispute-tracking"],
        parameters: [],
      },
      {
        id: "special-groups",
        number: 2,
        titleZh: "协同关注特殊群体",
        titleEn: "Look after young people in special situations together",
        textZh:
          "协同关注特殊群体。依托“社区少年服务队”,会同多方力量,对存在突出矛盾纠纷或心理健康问题的青少年,提供前置介入服务。",
        summaryEn:
          "Through the Community Youth Service Teams and with other partners, intervene early for young people caught in serious conflicts or with mental-health problems.",
        capabilities: ["early-intervention"],
        parameters: [],
      },
      {
        id: "safety-education",
        number: 3,
        titleZh: "强化校园安全宣传",
        titleEn: "Step up safety education in schools",
        textZh:
          "强化校园安全宣传。发挥法治副校长育人作用,落实“一期一会”普法教育;组织区安全教育讲师团,联合开发精品课程,开展巡回授课。",
        summaryEn:
          "Let legal-affairs vice-principals teach and hold law education “once a term”; form a district safety-education lecturer group that co-develops quality courses and teaches on tour.",
        capabilities: ["course-platform", "resource-scheduling"],
        parameters: [],
      },
    ],
  },
];
