/**
 * Where the committed tables come from: shown on /data/ and on every authority's page, written into
 * manifest.json, and read by the import for each release's file, dates and cut-off. An Ofsted release
 * is an entry with a `release` id: the import makes it a row of the `releases` table, from which every
 * page's source line and as-at wording comes. A new release is an entry here, never an edit of a page.
 */
import type { Source as SourceEntry } from '../src/lib/server/manifest';

const REPO = 'https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob';

export const SOURCES: { licence: string; sources: SourceEntry[] } = {
	licence:
		'Contains public sector information licensed under the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).',
	sources: [
		{
			title: 'Local authority inspection outcomes as at 31 March 2025',
			release: 'ofsted-2025',
			as_at: '2025-03-31',
			// Every report published by the release's own date.
			cut_off: '2025-09-25',
			file: 'ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods',
			publisher: 'Ofsted',
			published: '2025-09-25',
			url: `${REPO}/2f5d11a431050523dab58810083259d3313029ae/data-raw/LA_Inspection_Outcomes_as_at_31_March_2025.ods`,
			used_for: 'ILACS inspections 2018–2025 with inspection and publication dates (sheet ILACS_inspection_history); Ofsted regions'
		},
		{
			title: 'Local authority inspection outcomes as at 31 March 2024',
			release: 'ofsted-2024',
			as_at: '2024-03-31',
			// Its latest-judgements table counts reports published by 30 August 2024.
			cut_off: '2024-08-30',
			file: 'ofsted/LA_Inspection_Outcomes_as_at_March_2024.ods',
			publisher: 'Ofsted',
			published: '2024-08-30',
			url: 'https://www.gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2024',
			used_for: 'ILACS inspections 2018–2024 (cross-check of the 2025 release)'
		},
		{
			title: 'Children’s social care data in England 2023',
			release: 'ofsted-2023',
			as_at: '2023-03-31',
			// Reports published in the month after 31 March (and South Tyneside, 10 May 2023, which its notes say it included).
			cut_off: '2023-04-30',
			file: 'ofsted/Childrens_social_care_in_England_2023_underlying_data.ods',
			publisher: 'Ofsted',
			published: '2023-07-06',
			url: `${REPO}/2f5d11a431050523dab58810083259d3313029ae/data-raw/Childrens_social_care_in_England_2023_underlying_data.ods`,
			used_for: 'SIF inspections and re-inspections 2013–2018 with every sub-judgement (sheet LA_inspections_2009-2023)'
		},
		{
			title: 'Characteristics of children in need 2025 (b1, 2013–2025)',
			publisher: 'Department for Education',
			published: '2025',
			url: `${REPO}/2f5d11a431050523dab58810083259d3313029ae/data-raw/b1_children_in_need_2013_to_2025.csv`,
			used_for: 'Local authority codes, names and regions'
		},
		{
			title: 'Characteristics of children in need 2024 and 2025; Children looked after in England 2023, 2024 and 2025; Children’s social work workforce 2025',
			publisher: 'Department for Education',
			published: '2023–2026',
			url: `${REPO}/2f5d11a431050523dab58810083259d3313029ae/data-raw`,
			used_for:
				'Context indicators (children in need, child protection plans, children looked after, referrals, social worker turnover, vacancy, agency and caseload), each value kept with its release; ONS mid-year estimates of children aged 0–17 as DfE publishes them'
		},
		{
			title: 'Local Authority Interactive Tool (LAIT) data, April 2026',
			publisher: 'Department for Education',
			published: '2026-04-08',
			url: 'https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/2e30e3959a6ab8b2d22941b84764da41a40ac91b/01_data/02_prod/bds_long_0.parquet',
			used_for: 'Context indicators for the years no release above covers (e.g. children looked after and protection plan rates 2016–2018)'
		},
		{
			title: 'Local Authority Interactive Tool (LAIT) data dictionary',
			publisher: 'Department for Education',
			published: '2026-04-08',
			url: 'https://github.com/dfe-analytical-services/local-authority-interactive-tool/blob/2e30e3959a6ab8b2d22941b84764da41a40ac91b/01_data/02_prod/lait_data_dictionary.csv',
			used_for: 'Which direction of each context indicator DfE calls better (its Polarity): the benchmark’s ranks and quartile bands'
		},
		{
			title: 'Children’s services statistical neighbours (2025 model)',
			publisher: 'Department for Education',
			published: '2025',
			url: `${REPO}/2f5d11a431050523dab58810083259d3313029ae/data-raw/sn_model_2025_wide.csv`,
			used_for: 'Statistical neighbours'
		},
		{
			title: 'Upper-tier local authority boundaries 2014–2025 and code changes (ONSvisual/uk-topojson)',
			publisher: 'Office for National Statistics',
			published: '2025-06-11',
			url: 'https://github.com/ONSvisual/uk-topojson/blob/b2fde50cb130908b897de10b65cdc392f9b4ff78/output/topo.json',
			used_for:
				'Map boundaries and the dates of reorganisations. Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right.'
		},
		{
			title: 'Hex map of UK upper-tier local authorities (odileeds/hexmaps)',
			publisher: 'Open Innovations',
			published: '2020-10-30',
			url: 'https://github.com/odileeds/hexmaps/blob/04e413a8b26d9e46f80c59611413ad58b75a87ba/maps/uk-upper-tier-local-authorities.hexjson',
			used_for: 'The equal-area map: one hexagon per authority, recoded to today’s authorities (MIT licence, Copyright (c) 2017- Open Innovations)'
		}
	]
};
