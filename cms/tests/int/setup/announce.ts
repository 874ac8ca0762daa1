/** Says, once per run, which database the integration suite runs on — loudly when MongoDB is skipped. */
export default function announce() {
  const adapter = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'
  if (adapter === 'mongodb') {
    if (!process.env.MONGODB_URI) {
      throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI (e.g. mongodb://localhost:27017/?replicaSet=rs0).')
    }
    console.log('\n[int] Integration suite on MongoDB (TEST_DATABASE=mongodb).\n')
  } else {
    console.log(
      '\n[int] Integration suite on SQLite. ⚠ The MongoDB run is SKIPPED: set TEST_DATABASE=mongodb and MONGODB_URI to run this suite on MongoDB.\n',
    )
  }
}
