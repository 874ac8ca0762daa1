import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase } from '.'

const cwd = '/srv/chasqui/cms'

describe('chooseDatabase', () => {
  it('uses cms/data/chasqui.db in production, changed only by migrations', () => {
    expect(chooseDatabase({ databaseUri: undefined, nodeEnv: 'production' }, cwd)).toEqual({
      kind: 'sqlite',
      file: path.join(cwd, 'data/chasqui.db'),
      push: false,
    })
  })

  it('uses a separate file with schema push in development', () => {
    expect(chooseDatabase({ databaseUri: undefined, nodeEnv: 'development' }, cwd)).toEqual({
      kind: 'sqlite',
      file: path.join(cwd, 'data/chasqui-dev.db'),
      push: true,
    })
  })

  it('never pushes to the production file, even when development mode is pointed at it', () => {
    const choice = chooseDatabase({ databaseUri: 'file:./data/chasqui.db', nodeEnv: 'development' }, cwd)
    expect(choice).toMatchObject({ kind: 'sqlite', push: false, warning: expect.stringMatching(/Schema push is disabled/) })
  })

  it('takes an explicit SQLite file (relative to the cms folder, or absolute)', () => {
    expect(chooseDatabase({ databaseUri: 'file:/tmp/t.db', nodeEnv: 'test' }, cwd)).toMatchObject({ file: '/tmp/t.db' })
    expect(chooseDatabase({ databaseUri: 'file:./x.db', nodeEnv: 'test' }, cwd)).toMatchObject({
      file: path.join(cwd, 'x.db'),
    })
  })

  it('selects MongoDB, with transactions only when the URI names a replica set', () => {
    expect(chooseDatabase({ databaseUri: 'mongodb://db:27017/chasqui', nodeEnv: 'production' }, cwd)).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db:27017/chasqui',
      transactions: false,
    })
    expect(
      chooseDatabase({ databaseUri: 'mongodb://db:27017/chasqui?replicaSet=rs0', nodeEnv: 'production' }, cwd),
    ).toMatchObject({ kind: 'mongodb', transactions: true })
    expect(
      chooseDatabase({ databaseUri: 'mongodb+srv://u:p@cluster0.example.net/chasqui', nodeEnv: 'production' }, cwd),
    ).toMatchObject({ kind: 'mongodb', transactions: true })
  })
})
